import { describe, expect, it } from 'vitest';
import type { TargetCheck } from '../../../bench/report';
import { compareTargets, formatComparison, formatRatio } from '../../../bench/support/compare';

const p95 = (ms: number): TargetCheck => ({ target: 'p95 ≤ 50 ms', measured: `${ms} ms (… rows timed)`, met: ms <= 50, value: ms, unit: 'ms', better: 'lower' });
const frames = (perSecond: number): TargetCheck => ({ target: '≥ 50 frames/s', measured: `${perSecond}`, met: perSecond >= 50, value: perSecond, unit: 'frames/s', better: 'higher' });
const textOnly = (measured: string): TargetCheck => ({ target: '0 lost', measured, met: true });
const labels = { baseline: 'baseline main 1111111', next: 'new 2222222', ranFirst: 'baseline' } as const;

describe('bench --baseline: targets compared', () => {
  it('pairs the targets by their text, puts the ratio new / baseline and says which way is better', () => {
    const rows = compareTargets([p95(56), frames(50), textOnly('0 / 0')], [frames(55), p95(50), textOnly('0 / 1')]);

    expect(rows.map((r) => [r.target, r.ratio === undefined ? undefined : Number(r.ratio.toFixed(4))])).toEqual([
      ['≥ 50 frames/s', 1.1],
      ['p95 ≤ 50 ms', 0.8929],
      ['0 lost', undefined],
    ]);
    expect(rows.map(formatRatio)).toEqual(['1.10× better', '0.89× better', '–']);
    expect(formatRatio(compareTargets([p95(40)], [p95(50)])[0]!)).toBe('1.25× worse');
    expect(formatRatio(compareTargets([p95(50)], [p95(50.1)])[0]!)).toBe('1.00×');
  });

  it('prints both measured figures with their unit, the ratio and both verdicts, one row per target', () => {
    const table = formatComparison(compareTargets([p95(56), textOnly('0 / 0')], [p95(50), textOnly('0 / 1')]), labels);

    expect(table.split('\n')).toEqual([
      '  Targets compared (same machine, same bench code; baseline build ran first)',
      '  target       baseline main 1111111  new 2222222  new / baseline  met (baseline → new)',
      '  -----------  ---------------------  -----------  --------------  --------------------',
      '  p95 ≤ 50 ms  56 ms                  50 ms        0.89× better    NO → yes',
      '  0 lost       0 / 0                  0 / 1        –               yes → yes',
    ]);
  });

  it('keeps a target only one build has, and never divides by a baseline of 0 or by what was not measured', () => {
    const lost = (n: number): TargetCheck => ({ target: 'lost', measured: `${n}`, met: n === 0, value: n, unit: 'lost', better: 'lower' });
    const unmeasured: TargetCheck = { ...p95(Number.NaN), met: undefined };
    const rows = compareTargets([lost(0), p95(56), frames(60)], [lost(0), unmeasured]);

    expect(rows.map((r) => [r.target, r.baseline?.value, r.next?.value])).toEqual([
      ['lost', 0, 0],
      ['p95 ≤ 50 ms', 56, Number.NaN],
      ['≥ 50 frames/s', 60, undefined],
    ]);
    expect(rows.map(formatRatio)).toEqual(['same (0)', '–', '–']);
    expect(formatRatio(compareTargets([lost(0)], [lost(3)])[0]!)).toBe('– (baseline 0)');
    expect(formatComparison(rows, labels)).toContain('≥ 50 frames/s  60 frames/s            –            –               yes → –');
    expect(formatComparison(rows, labels)).toContain('n/a');
  });
});
