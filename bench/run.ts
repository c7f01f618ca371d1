/**
 * `npm run bench` — issue 5's benchmark. Builds the app (production), runs the scenarios in the
 * issue's order, prints a table per scenario and writes bench/results/latest.json.
 *
 *   npm run bench                          every scenario, full durations
 *   npm run bench -- --quick               short durations (smoke-sized; figures are rougher)
 *   npm run bench -- --only bundle,simulator
 *   npm run bench -- --profile             CPU-profile the simulator round even when on target
 *   npm run bench -- --baseline main       the same scenarios against main's build too, side by side
 *
 * `npm run bench -- --help` says more (options.ts).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine';
import { helpText, parseOptions } from './options';
import { writeReport, type BenchReport } from './report';
import { scenarios } from './scenarioList';
import { prepareBaseline, type BaselineBuild } from './support/baseline';
import { buildApp, type AppBuild } from './support/build';
import { removeOnInterrupt } from './support/cleanup';
import { compareTargets, formatComparison } from './support/compare';
import { resolveRef } from './support/gitRef';
import { runScenario } from './support/runScenario';

async function main(): Promise<number> {
  const names = scenarios.map((s) => s.name);
  const options = parseOptions(process.argv.slice(2), names);
  if (options.help) {
    console.log(helpText(names));
    return 0;
  }
  // Before anything runs: a ref that names no commit stops here.
  const baselineRef = options.baseline === undefined ? undefined : resolveRef(options.baseline);
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(resultsDir, { recursive: true });
  const machine = machineInfo();
  const newLabel = `new ${machine.gitCommit.slice(0, 7)}${machine.gitDirty ? '+changes' : ''}`;
  console.log(`gws-tweet-console benchmark — ${machine.cpuModel}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  console.log(`${machine.os}; commit ${machine.gitCommit.slice(0, 12)}${machine.gitDirty ? ' (uncommitted changes)' : ''}; load average ${machine.loadAverageAtStart.join(' ')}${options.quick ? '; QUICK mode' : ''}`);
  const selected = scenarios.filter((s) => options.only.includes(s.name));
  const needsBuild = selected.some((s) => s.needsBuild);
  if (baselineRef) {
    console.log(`baseline: ${baselineRef.ref} = ${baselineRef.commit.slice(0, 12)}${needsBuild ? '' : ' — but no selected scenario needs a build: they run once, on this tree'}`);
  }
  const { only, quick, profile, baseline: baselineOption, newFirst } = options;
  const report: BenchReport = { machine, options: { only, quick, profile, baseline: baselineOption, newFirst }, scenarios: {} };
  let build: AppBuild | undefined;
  let baseline: BaselineBuild | undefined;
  let unregisterBuild: (() => void) | undefined;
  let failures = 0;
  try {
    if (needsBuild) {
      build = await buildApp();
      unregisterBuild = removeOnInterrupt(build.distDir);
      console.log(`built the app in ${(build.durationMs / 1000).toFixed(1)} s into ${build.distDir}`);
    }
    if (baselineRef && needsBuild) {
      console.log(`exporting, installing and building ${baselineRef.ref} (${baselineRef.commit.slice(0, 7)})…`);
      baseline = await prepareBaseline(baselineRef, (line) => console.log(line));
      console.log(`  baseline: exported in ${(baseline.exportMs / 1000).toFixed(1)} s, built with its own Vite config in ${(baseline.buildMs / 1000).toFixed(1)} s into ${baseline.distDir}`);
      console.log(`  baseline: served with ${baseline.contentSecurityPolicy ? 'its own Content-Security-Policy' : 'this tree\'s Content-Security-Policy (it has none of its own)'}`);
      const { ref, commit, dependencies, exportMs, buildMs } = baseline;
      report.baseline = { ref, commit, dependencies, exportMs: Math.round(exportMs), buildMs: Math.round(buildMs), scenarios: {} };
      report.comparisons = {};
    }
    const baselineLabel = baseline ? `baseline ${baseline.ref === baseline.commit ? '' : `${baseline.ref} `}${baseline.commit.slice(0, 7)}` : '';
    const log = (line: string) => console.log(line);
    let compared = 0;
    for (const scenario of selected) {
      const context = { distDir: build?.distDir ?? '', quick, profile, resultsDir, log };
      if (!baseline || !report.baseline || !report.comparisons || !scenario.needsBuild) {
        const { result, threw } = await runScenario(scenario, context, scenario.title);
        failures += threw ? 1 : 0;
        report.scenarios[scenario.name] = result;
      } else {
        // Alternating which build goes first, scenario after scenario (the first: baseline, unless --new-first).
        const ranFirst = compared++ % 2 === (options.newFirst ? 1 : 0) ? 'baseline' : 'new';
        const runs = [
          { side: 'baseline', context: { ...context, distDir: baseline.distDir, contentSecurityPolicy: baseline.contentSecurityPolicy, resultsDir: `${resultsDir}baseline/` }, heading: `${scenario.title} — ${baselineLabel}` },
          { side: 'new', context, heading: `${scenario.title} — ${newLabel}` },
        ] as const;
        for (const run of ranFirst === 'baseline' ? runs : [...runs].reverse()) {
          await mkdir(run.context.resultsDir, { recursive: true });
          const { result, threw } = await runScenario(scenario, run.context, run.heading);
          failures += threw ? 1 : 0;
          (run.side === 'baseline' ? report.baseline.scenarios : report.scenarios)[scenario.name] = result;
        }
        const before = report.baseline.scenarios[scenario.name]?.targets ?? [];
        const targets = compareTargets(before, report.scenarios[scenario.name]?.targets ?? []);
        report.comparisons[scenario.name] = { ranFirst, targets };
        console.log(`\n== ${scenario.title}: ${baselineLabel} vs ${newLabel} ==`);
        console.log(formatComparison(targets, { baseline: baselineLabel, next: newLabel, ranFirst }));
      }
      await writeReport(`${resultsDir}latest.json`, report);
    }
  } finally {
    await baseline?.remove();
    await build?.remove();
    unregisterBuild?.();
  }
  console.log(`\nwrote ${resultsDir}latest.json`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
