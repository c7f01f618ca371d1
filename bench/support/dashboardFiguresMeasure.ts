import { dashboardFigures } from '../../src/features/outbound/dashboard/dashboardFigures';
import { figuresSteps } from '../../src/features/outbound/dashboard/slicedFigures';
import { referenceAgentFigures, referenceAlertMeasures, referenceTweetRates } from '../../test/unit/dashboard/support/referenceFigures';
import { dashboardEntries } from './dashboardEntries';

/**
 * What the supervisor dashboard's figures cost over the panel's tweets, measured where it runs
 * (Node, or bundled into Chromium by bench/dashboardFigures.ts): before (three separate passes, the
 * code kept as the tests' oracle) and after (one fused pass, whole and in 8 ms slices), and the
 * heap the tweets and the kept figures retain.
 */
export interface MeasureOptions {
  tweets: number;
  runs: number;
  /** Used heap in bytes after a full collection, where the runtime can tell. */
  heapAfterGc?: () => number;
}

export interface Timing {
  name: string;
  medianMs: number;
  maxMs: number;
}

export interface Measurement {
  entries: number;
  buildMs: number;
  timings: Timing[];
  slicesPerPass: number;
  longestSliceMs: number;
  /** MiB retained by the 100,000 tweets (store, entries, tweets). */
  entriesMiB: number | undefined;
  /** KiB retained by one set of figures, as the dashboard keeps it between passes. */
  figuresKiB: number | undefined;
  agentRows: number;
}

const sliceBudgetMs = 8;

export function measureDashboardFigures({ tweets, runs, heapAfterGc }: MeasureOptions): Measurement {
  const now = Date.UTC(2026, 10, 25, 14, 32, 30);
  const roster = Array.from({ length: 50 }, (_, i) => `loadagent${i}`);
  const input = { now, thresholdMs: 30_000, roster };
  const rule = { now, thresholdMs: input.thresholdMs };

  const heapBefore = heapAfterGc?.();
  let started = performance.now();
  const store = dashboardEntries({ tweets, now }).entries;
  const buildMs = performance.now() - started;
  const heapWithEntries = heapAfterGc?.();

  const time = (name: string, run: () => unknown): Timing => {
    const spent: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      started = performance.now();
      run();
      if (i >= 2) spent.push(performance.now() - started); // two warm-up runs
    }
    spent.sort((a, b) => a - b);
    return { name, medianMs: spent[Math.floor(spent.length / 2)] ?? Number.NaN, maxMs: spent.at(-1) ?? Number.NaN };
  };

  const timings = [
    time('before: agentFigures', () => referenceAgentFigures(store.values(), rule, roster)),
    time('before: alertMeasures', () => referenceAlertMeasures(store.values(), rule)),
    time('before: tweetRates (15 min, in the chart chunk)', () => referenceTweetRates(store.values(), { now, minutes: 15 })),
    time('after: one fused pass (all three, 15 + 60 min)', () => dashboardFigures(store.values(), input)),
  ];
  let longestSliceMs = 0;
  let slices = 0;
  timings.push(
    time(`after: the fused pass in ${sliceBudgetMs} ms slices (all slices)`, () => {
      const steps = figuresSteps(store, input, { budgetMs: sliceBudgetMs });
      for (;;) {
        const sliceStart = performance.now();
        const step = steps.next();
        longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
        slices += 1;
        if (step.done) break;
      }
    }),
  );

  // Retained: the figures kept between passes (what the dashboard holds while it shows them).
  const heapWithoutFigures = heapAfterGc?.();
  const kept = dashboardFigures(store.values(), input);
  const heapWithFigures = heapAfterGc?.();
  const difference = (after: number | undefined, before: number | undefined, unit: number) => (after === undefined || before === undefined ? undefined : (after - before) / unit);
  return {
    entries: store.size,
    buildMs,
    timings,
    slicesPerPass: Math.round(slices / (runs + 2)),
    longestSliceMs,
    entriesMiB: difference(heapWithEntries, heapBefore, 2 ** 20),
    figuresKiB: difference(heapWithFigures, heapWithoutFigures, 2 ** 10),
    agentRows: kept.agents.length,
  };
}
