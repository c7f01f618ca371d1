import { describe, expect, it } from 'vitest';
import { helpText, parseOptions } from '../../../bench/options';

const names = ['panelIngest', 'bundle', 'startup'];

describe('npm run bench options', () => {
  it('reads --baseline <ref> and --baseline=<ref> beside the other options', () => {
    expect(parseOptions(['--baseline', 'HEAD~1', '--only', 'bundle', '--quick'], names)).toEqual({ only: ['bundle'], quick: true, profile: false, baseline: 'HEAD~1', newFirst: false, help: false });
    expect(parseOptions(['--baseline=main', '--only=bundle,startup'], names)).toMatchObject({ baseline: 'main', only: ['bundle', 'startup'] });
    expect(parseOptions(['--new-first', '--baseline', 'main'], names)).toMatchObject({ baseline: 'main', newFirst: true });
    expect(parseOptions([], names)).toEqual({ only: names, quick: false, profile: false, baseline: undefined, newFirst: false, help: false });
  });

  it('refuses --baseline without a ref, or with an option where the ref should be', () => {
    expect(() => parseOptions(['--baseline'], names)).toThrow('--baseline takes a git ref');
    expect(() => parseOptions(['--baseline', '--quick'], names)).toThrow('(got --quick)');
    expect(() => parseOptions(['--baseline='], names)).toThrow('(got nothing)');
    expect(() => parseOptions(['--only', 'bundel'], names)).toThrow('--only takes a list of: panelIngest, bundle, startup');
    expect(() => parseOptions(['--baseline-ref', 'x'], names)).toThrow('unknown option --baseline-ref');
    expect(() => parseOptions(['--new-first'], names)).toThrow('--new-first goes with --baseline');
  });

  it('documents --baseline in --help', () => {
    expect(parseOptions(['--help'], names).help).toBe(true);
    expect(helpText(names)).toMatch(/--baseline <ref>[\s\S]*npm ci[\s\S]*Ctrl\+C/);
  });
});
