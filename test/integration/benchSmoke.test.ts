import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJsGzipTargetKb } from '../../bench/scenarios/bundle';
import { applyProbeSource, type ApplyProbe } from '../../bench/support/applyProbe';
import { buildApp, type AppBuild } from '../../bench/support/build';
import { measureBundle, total } from '../../bench/support/bundleSizes';
import type { Tweet } from '../../src/gws/schemas';
import type { TweetsAppliedObserver } from '../../src/features/outbound/hooks/tweetsAppliedObserver';
import type { OutboundEvent } from '../../src/features/outbound/model/outboundTweets';

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

  it('times every Sent load tweet the app reports as in the cache, counts its notifications and what the cache holds; nothing without the app', () => {
    const page: { __gwsTweetsApplied?: TweetsAppliedObserver; __benchApply?: ApplyProbe } = {};
    runInNewContext(applyProbeSource, { window: page });
    const observer = page.__gwsTweetsApplied;
    const probe = page.__benchApply;
    if (!observer || !probe) throw new Error('the probe installed nothing');
    expect(probe.snapshot()).toMatchObject({ observed: false, notifications: 0, sentTweets: 0 });
    expect(probe.countCache([])).toBeNull();

    const start = Date.parse('2026-11-27T10:00:00.000Z');
    probe.start('2,000 notifications/s (1,000 tweets/s)', start);
    const at = (ms: number) => new Date(start + ms).toISOString();
    const sent = (id: string, n: number, ms: number): Tweet => ({ id, state: 'Sent', message: `Load tweet #${n} from loadagent1 at ${at(ms)}` });
    const notification = (tweet: Tweet): OutboundEvent => ({ type: 'notification', at: start, notification: { kind: 'tweetState', notificationType: 'TwitterStateChangeMessage', referenceId: undefined, tweet } });
    const cached = [sent('a', 1, 10), sent('b', 2, 12), { id: 'c', state: 'Composing' }, sent('old', 9, -5_000)];
    observer({
      events: [notification({ id: 'a', state: 'Composing' }), notification(sent('a', 1, 10)), notification(sent('old', 9, -5_000)), { type: 'list', tweets: [], at: start }],
      appliedAt: start + 30,
      cachedTweets: () => cached,
    });
    observer({ events: [notification(sent('b', 2, 12)), notification(sent('a', 1, 10))], appliedAt: start + 52, cachedTweets: () => cached });

    // 5 tweet notifications (the list is none); #1 and #2 timed once each (the repeated Sent of #1 is not); the old tweet is not the phase's.
    expect(probe.snapshot()).toMatchObject({ observed: true, batches: 2, notifications: 5, sentTweets: 2 });
    expect([...probe.snapshot().latencies]).toEqual([20, 40]);
    expect(probe.countCache(['a', 'b', 'lost'])).toEqual({ sent: 2, listedMissing: 1 });
  });
});
