import { afterAll, describe, expect, it } from 'vitest';
import { initialJsGzipTargetKb } from '../../bench/scenarios/bundle';
import { buildApp, type AppBuild } from '../../bench/support/build';
import { measureBundle, total } from '../../bench/support/bundleSizes';

/**
 * A few seconds of the benchmark (`npm run bench`), with loose bounds only: catches a doubled
 * initial bundle or a lost notification, not small regressions — exact figures belong in the bench.
 */
let build: AppBuild | undefined;

afterAll(async () => {
  await build?.remove();
});

describe('benchmark smoke', () => {
  it('keeps the initial JS of the production build under twice the 110 KB gzip target', { timeout: 60_000 }, async () => {
    build = await buildApp();
    const sizes = await measureBundle(build.distDir);

    expect(sizes.initialJs.length).toBeGreaterThan(0);
    expect(sizes.initialCss.length).toBeGreaterThan(0);
    expect(total(sizes.initialJs, 'gzip') / 1024).toBeLessThan(2 * initialJsGzipTargetKb);
  });

  it('delivers every notification the simulator publishes for ~1 s to one long-polling client (the supervisor on the team feed), in order', { timeout: 60_000 }, async () => {
    // Imported here: the cometd client's Node adapter installs a global `window` (keep it away from the build above).
    const { startSimulatorServer } = await import('../../bench/support/throughput/simServer');
    const { inProcessPair, measureRound } = await import('../../bench/support/throughput/pair');
    const pair = await inProcessPair(await startSimulatorServer(), 'supervisor');
    try {
      const round = await measureRound(pair, 10_000_000, 5_000, 1_000);

      expect(round.published).toBeGreaterThan(1_000);
      expect(round.complete).toBe(true);
      expect(round.delivered).toBe(round.published);
      expect(await pair.clientStats()).toMatchObject({ outOfOrder: 0, handshakes: 1 });
      // deliveries: to team feed sessions (agent1, whose tweets these are, has no session here).
      expect(await pair.counters()).toEqual({ published: round.published, deliveries: round.published, sessionsDropped: 0 });
    } finally {
      await pair.close();
    }
  });
});
