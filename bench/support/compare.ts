import { formatTable, type TargetCheck } from '../report';

/** One target measured on both builds (`--baseline`); a side is undefined when only the other has it. */
export interface TargetComparison {
  target: string;
  baseline: TargetCheck | undefined;
  next: TargetCheck | undefined;
  /** next.value / baseline.value, when both have a finite value and the baseline's is not 0. */
  ratio: number | undefined;
}

/**
 * Pairs the targets of the two runs by their text (the same bench code makes both lists), in the
 * new run's order; targets only the baseline has come last.
 */
export function compareTargets(baseline: readonly TargetCheck[], next: readonly TargetCheck[]): TargetComparison[] {
  const unmatched = [...baseline];
  const rows = next.map((target): TargetComparison => {
    const index = unmatched.findIndex((b) => b.target === target.target);
    const before = index < 0 ? undefined : unmatched.splice(index, 1)[0];
    return { target: target.target, baseline: before, next: target, ratio: ratioOf(before?.value, target.value) };
  });
  return [...rows, ...unmatched.map((b): TargetComparison => ({ target: b.target, baseline: b, next: undefined, ratio: undefined }))];
}

function ratioOf(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after) || before === 0) return undefined;
  return after / before;
}

/** 1,234 · 56.3 · 0.87: one decimal from 10 up, two below. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 });
}

/** A side of the comparison: the value with its unit, else the measured text, else "–". */
function side(target: TargetCheck | undefined): string {
  if (target === undefined) return '–';
  if (target.value === undefined) return target.measured;
  return target.unit && Number.isFinite(target.value) ? `${formatFigure(target.value)} ${target.unit}` : formatFigure(target.value);
}

/** "0.89× better", "1.00×", "–"; with a baseline of 0: "same (0)" or "– (baseline 0)". */
export function formatRatio(row: TargetComparison): string {
  const before = row.baseline?.value;
  const after = row.next?.value;
  if (before === 0 && after !== undefined && Number.isFinite(after)) return after === 0 ? 'same (0)' : '– (baseline 0)';
  if (row.ratio === undefined) return '–';
  const text = `${row.ratio.toFixed(2)}×`;
  const better = row.next?.better ?? row.baseline?.better;
  if (better === undefined || text === '1.00×') return text;
  return `${text} ${(row.ratio < 1) === (better === 'lower') ? 'better' : 'worse'}`;
}

const met = (target: TargetCheck | undefined) => (target === undefined ? '–' : target.met === undefined ? 'not measured' : target.met ? 'yes' : 'NO');

/** The comparison table printed after a scenario's two runs. */
export function formatComparison(rows: readonly TargetComparison[], labels: { baseline: string; next: string; ranFirst: 'baseline' | 'new' }): string {
  return formatTable({
    title: `Targets compared (same machine, same bench code; ${labels.ranFirst === 'baseline' ? 'baseline' : 'new'} build ran first)`,
    columns: ['target', labels.baseline, labels.next, 'new / baseline', 'met (baseline → new)'],
    rows: rows.map((row) => [row.target, side(row.baseline), side(row.next), formatRatio(row), `${met(row.baseline)} → ${met(row.next)}`]),
  });
}
