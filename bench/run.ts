/**
 * `npm run bench` — issue 5's benchmark. Builds the app (production), runs the scenarios in the
 * issue's order, prints a table per scenario and writes bench/results/latest.json.
 *
 *   npm run bench                          every scenario, full durations
 *   npm run bench -- --quick               short durations (smoke-sized; figures are rougher)
 *   npm run bench -- --only bundle,simulator
 *   npm run bench -- --profile             CPU-profile the simulator round even when on target
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { machineInfo } from './machine';
import { formatScenario, writeReport, type BenchReport, type Scenario, type ScenarioResult } from './report';
import { bundleScenario } from './scenarios/bundle';
import { panelIngestScenario } from './scenarios/panelIngest';
import { sendRoundTripScenario } from './scenarios/sendRoundTrip';
import { simulatorScenario } from './scenarios/simulator';
import { startupScenario } from './scenarios/startup';
import { buildApp, type AppBuild } from './support/build';

interface Entry {
  name: string;
  title: string;
  run: Scenario;
  needsBuild: boolean;
  /** Stops waiting for the scenario after this long (full / quick). */
  boundMs: [number, number];
}

const scenarios: Entry[] = [
  { name: 'panelIngest', title: '1. Panel ingest', run: panelIngestScenario, needsBuild: true, boundMs: [10 * 60_000, 4 * 60_000] },
  { name: 'sendRoundTrip', title: '2. Send round trip', run: sendRoundTripScenario, needsBuild: true, boundMs: [5 * 60_000, 2 * 60_000] },
  { name: 'bundle', title: '3. Bundle', run: bundleScenario, needsBuild: true, boundMs: [2 * 60_000, 2 * 60_000] },
  { name: 'simulator', title: '4. Simulator throughput and memory', run: simulatorScenario, needsBuild: false, boundMs: [8 * 60_000, 3 * 60_000] },
  { name: 'startup', title: '5. Start-up', run: startupScenario, needsBuild: true, boundMs: [3 * 60_000, 2 * 60_000] },
];

function parseArgs(argv: string[]): { only: string[]; quick: boolean; profile: boolean } {
  const names = scenarios.map((s) => s.name);
  let only = names;
  let quick = false;
  let profile = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') quick = true;
    else if (arg === '--profile') profile = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? (argv[++i] ?? '') : arg.slice('--only='.length);
      only = value.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = only.filter((name) => !names.includes(name));
      if (unknown.length > 0 || only.length === 0) throw new Error(`--only takes a list of: ${names.join(', ')} (got ${value || 'nothing'})`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(`usage: npm run bench -- [--quick] [--profile] [--only ${names.join(',')}]`);
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return { only, quick, profile };
}

function withBound(promise: Promise<ScenarioResult>, ms: number): Promise<ScenarioResult> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<ScenarioResult>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within its ${ms / 1000} s bound`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
  await mkdir(resultsDir, { recursive: true });
  const machine = machineInfo();
  console.log(`gws-tweet-console benchmark — ${machine.cpuModel}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  console.log(`${machine.os}; commit ${machine.gitCommit.slice(0, 12)}${machine.gitDirty ? ' (uncommitted changes)' : ''}; load average ${machine.loadAverageAtStart.join(' ')}${options.quick ? '; QUICK mode' : ''}`);
  const selected = scenarios.filter((s) => options.only.includes(s.name));
  let build: AppBuild | undefined;
  if (selected.some((s) => s.needsBuild)) {
    build = await buildApp();
    console.log(`built the app in ${(build.durationMs / 1000).toFixed(1)} s into ${build.distDir}`);
  }
  const report: BenchReport = { machine, options, scenarios: {} };
  let failures = 0;
  try {
    for (const scenario of selected) {
      console.log(`\n${scenario.title}…`);
      const started = performance.now();
      let result: ScenarioResult;
      try {
        const context = { distDir: build?.distDir ?? '', quick: options.quick, profile: options.profile, resultsDir, log: (line: string) => console.log(line) };
        result = await withBound(scenario.run(context), scenario.boundMs[options.quick ? 1 : 0]);
      } catch (error) {
        failures += 1;
        result = { status: 'failed', notes: [`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`], tables: [], targets: [], data: {} };
      }
      const durationMs = performance.now() - started;
      console.log(formatScenario(scenario.title, result, durationMs));
      report.scenarios[scenario.name] = { ...result, durationMs: Math.round(durationMs) };
      await writeReport(`${resultsDir}latest.json`, report);
    }
  } finally {
    await build?.remove();
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
