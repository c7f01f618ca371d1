/** `npm run bench -- …`: the command line, parsed (no side effects; run.ts acts on it). */
export interface BenchOptions {
  only: string[];
  quick: boolean;
  profile: boolean;
  /** `--baseline <git ref>`: also build that ref and run the same scenarios against it. */
  baseline: string | undefined;
  /** With --baseline: the first compared scenario runs the new build first (then they alternate). */
  newFirst: boolean;
  help: boolean;
}

export function helpText(names: readonly string[]): string {
  return [
    `usage: npm run bench -- [--quick] [--profile] [--only ${names.join(',')}] [--baseline <git ref> [--new-first]]`,
    '',
    '  --quick              short durations (smoke-sized; figures are rougher)',
    '  --only a,b           run these scenarios only (default: all, in the order above)',
    '  --profile            CPU-profile even when a scenario is on target',
    '  --baseline <ref>     compare with another commit on this machine, in this one run: the ref',
    '                       (branch, tag, sha, HEAD~1…) is exported with `git archive` into a temp',
    '                       folder, gets node_modules (a symlink to this tree\'s when both',
    '                       package-lock.json are identical, else `npm ci`, timed) and is built with',
    '                       its own Vite and vite.config.ts. Every selected scenario that needs a',
    '                       build runs against both builds with THIS tree\'s bench code, server and',
    '                       simulator (only the app bundle differs); each prints both tables, then',
    '                       its targets side by side with the ratio new / baseline. The simulator',
    '                       scenario runs once (it measures this tree\'s simulator, not a build).',
    '                       Temp folders are removed at the end, on failure and on Ctrl+C.',
    '                       latest.json holds both results and both commits; the baseline\'s',
    '                       profiles go to bench/results/baseline/.',
    '  --new-first          with --baseline: which build runs first alternates scenario after',
    '                       scenario, starting with the baseline; this starts with the new build',
    '                       (run twice, once with it, to see what the order does)',
  ].join('\n');
}

/** Parses argv (after `npm run bench --`); throws a message for the user on anything it does not know. */
export function parseOptions(argv: readonly string[], names: readonly string[]): BenchOptions {
  const options: BenchOptions = { only: [...names], quick: false, profile: false, baseline: undefined, newFirst: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const valueOf = (name: string) => (arg === name ? argv[++i] : arg.slice(name.length + 1));
    if (arg === '--quick') options.quick = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--new-first') options.newFirst = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = valueOf('--only') ?? '';
      options.only = value.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = options.only.filter((name) => !names.includes(name));
      if (unknown.length > 0 || options.only.length === 0) throw new Error(`--only takes a list of: ${names.join(', ')} (got ${value || 'nothing'})`);
    } else if (arg === '--baseline' || arg.startsWith('--baseline=')) {
      const value = valueOf('--baseline')?.trim();
      if (!value || value.startsWith('-')) throw new Error(`--baseline takes a git ref: a branch, tag or commit, e.g. --baseline main or --baseline HEAD~1 (got ${value || 'nothing'})`);
      options.baseline = value;
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.newFirst && options.baseline === undefined) throw new Error('--new-first goes with --baseline <git ref>');
  return options;
}
