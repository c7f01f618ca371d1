import { formatScenario, type ScenarioContext, type ScenarioResult, type TimedResult } from '../report';
import type { BenchScenario } from '../scenarioList';

function withBound(promise: Promise<ScenarioResult>, ms: number): Promise<ScenarioResult> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<ScenarioResult>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within its ${ms / 1000} s bound`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

/**
 * Runs one scenario within its time bound and prints its tables under `heading`. A scenario that
 * throws (or overruns) becomes a 'failed' result; `threw` says so.
 */
export async function runScenario(scenario: BenchScenario, context: ScenarioContext, heading: string): Promise<{ result: TimedResult; threw: boolean }> {
  console.log(`\n${heading}…`);
  const started = performance.now();
  let result: ScenarioResult;
  let threw = false;
  try {
    result = await withBound(scenario.run(context), scenario.boundMs[context.quick ? 1 : 0]);
  } catch (error) {
    threw = true;
    result = { status: 'failed', notes: [`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`], tables: [], targets: [], data: {} };
  }
  const durationMs = performance.now() - started;
  console.log(formatScenario(heading, result, durationMs));
  return { result: { ...result, durationMs: Math.round(durationMs) }, threw };
}
