import type { Page } from 'playwright-core';
import type { ApplySnapshot, BenchApplyWindow, CacheCount } from './applyProbe';
import { countMainThreadTime, type MainThreadTime } from './mainThreadTime';
import type { BenchWindow, PhaseSnapshot } from './pageProbes';
import { notificationsPerTweet, tweetRateLabel } from './rates';
import { pollUntil, sleep } from './stats';
import { listedLoadTweetIds } from './teamList';
import { simControl, simStats, visibleRowCount } from './ui';

/** The agents /sim/load spreads its tweets over. */
const loadAgents = 50;

type ProbeWindow = BenchWindow & BenchApplyWindow;

interface HeaderCounts {
  /** Tweet notifications received − ignored: counted on arrival, before the reducer filters anything. */
  arrived: number;
  ignored: number;
}

/** The feed's counters on the header's connection status (data-notifications-received/-ignored). */
const headerCounts = (page: Page): Promise<HeaderCounts | null> =>
  page.evaluate(() => {
    const element = document.querySelector('[data-notifications-received]');
    if (!element) return null;
    const received = Number(element.getAttribute('data-notifications-received'));
    const ignored = Number(element.getAttribute('data-notifications-ignored'));
    return { arrived: received - ignored, ignored };
  });

export interface PhaseOptions {
  /** How long to wait, after the load, for the page to catch up. */
  drainMs?: number;
  /** "Pause live updates" is on: nothing reaches the cache during the phase (drain on arrival). */
  paused?: boolean;
  /** The signed-in supervisor, for the final list read. */
  user: string;
}

export interface Phase {
  /** The rate in both units, plus what is special about the phase. */
  phase: string;
  notificationsPerSecond: number;
  seconds: number;
  paused: boolean;
  /** Notifications published by the simulator during the phase, and load tweets made. */
  published: number;
  publishedTweets: number;
  /** Header counters (arrival, before filtering); undefined without them. */
  arrived: number | undefined;
  ignored: number | undefined;
  rows: number | undefined;
  caughtUpMs: number | undefined;
  /** Frames, long tasks, on-screen latencies (pageProbes.ts). */
  snapshot: PhaseSnapshot;
  /** The page's main-thread time while the load ran (not the drain); undefined when Chromium does not say. */
  mainThread: MainThreadTime | undefined;
  /** What reached the cache, and apply latency of every load tweet (applyProbe.ts). */
  apply: ApplySnapshot;
  /** The phase's load tweets in the cache at the end; undefined when paused or when the app never reported a batch. */
  cache: CacheCount | undefined;
  /** The phase's Sent load tweets in the final list read (the newest ≤ 2,000); undefined if unreadable. */
  listed: number | undefined;
}

/** A load run: the phase's figures, before the final read. */
export type LoadRun = Omit<Phase, 'apply' | 'cache' | 'listed'> & { startedEpoch: number };

/**
 * Runs /sim/load at `tweetsPerSecond` for `seconds`, then waits (bounded) until every published
 * notification has reached the page's cache — or, paused or without the app's observer, has
 * arrived (header counters), or the phase's last load tweet has been shown. No bench work in the
 * page beyond the probes' own (the CPU profile and the trace wrap this alone).
 */
export async function runLoad(page: Page, appUrl: string, tweetsPerSecond: number, seconds: number, suffix: string, options: PhaseOptions): Promise<LoadRun> {
  const { drainMs = 30_000, paused = false } = options;
  const phase = `${tweetRateLabel(tweetsPerSecond)}${suffix ? ` ${suffix}` : ''}`;
  const before = await simStats(appUrl);
  const countsBefore = await headerCounts(page);
  const startedEpoch = await page.evaluate((name) => {
    const probes = window as unknown as ProbeWindow;
    const at = Date.now();
    probes.__benchPanel.start(name);
    probes.__benchApply.start(name, at);
    return at;
  }, phase);
  const mainThreadClock = await countMainThreadTime(page);
  await simControl(appUrl, '/sim/load', { agents: loadAgents, perSecond: tweetsPerSecond, seconds });
  await sleep(seconds * 1000);
  await pollUntil(async () => ((await simStats(appUrl)).loadRunning ? undefined : true), 30_000);
  // Frames, long tasks and main-thread time: while the load runs. Latencies: also rows shown while draining.
  const mainThread = await mainThreadClock.stop();
  const steady = await page.evaluate(() => (window as unknown as ProbeWindow).__benchPanel.snapshot());
  const loadEnded = Date.now();
  const after = await simStats(appUrl);
  const published = after.notificationsPublished - before.notificationsPublished;
  const lastTweet = Math.floor(tweetsPerSecond * seconds);
  const drained = await pollUntil(async () => {
    const counts = await headerCounts(page);
    const ignored = counts && countsBefore ? counts.ignored - countsBefore.ignored : 0;
    if (!paused) {
      const applied = await page.evaluate(() => (window as unknown as ProbeWindow).__benchApply.progress());
      if (applied.observed) return applied.notifications + ignored >= published ? true : undefined;
    }
    if (counts && countsBefore) return counts.arrived + counts.ignored - (countsBefore.arrived + countsBefore.ignored) >= published ? true : undefined;
    const shown = await page.evaluate(() => (window as unknown as ProbeWindow).__benchPanel.snapshot().maxNumber);
    return shown >= lastTweet ? true : undefined;
  }, drainMs, 200);
  const caughtUpMs = drained === undefined ? undefined : Date.now() - loadEnded;
  const final = await page.evaluate(() => (window as unknown as ProbeWindow).__benchPanel.snapshot());
  const counts = await headerCounts(page);
  return {
    phase,
    notificationsPerSecond: tweetsPerSecond * notificationsPerTweet,
    seconds,
    paused,
    published,
    publishedTweets: after.loadTweets - before.loadTweets,
    arrived: counts && countsBefore ? counts.arrived - countsBefore.arrived : undefined,
    ignored: counts && countsBefore ? counts.ignored - countsBefore.ignored : undefined,
    rows: await visibleRowCount(page),
    caughtUpMs,
    snapshot: { ...steady, latencies: final.latencies, rowsSeen: final.rowsSeen },
    mainThread,
    startedEpoch,
  };
}

/**
 * A load run, then the final read: the apply latencies (parsed in the page only now), the team
 * list (read by the bench as the supervisor) and the page's cache, compared by tweet id. Not when
 * paused: nothing has reached the cache then.
 */
export async function loadPhase(page: Page, appUrl: string, tweetsPerSecond: number, seconds: number, suffix: string, options: PhaseOptions): Promise<Phase> {
  const { startedEpoch, ...run } = await runLoad(page, appUrl, tweetsPerSecond, seconds, suffix, options);
  const apply = await page.evaluate(() => (window as unknown as ProbeWindow).__benchApply.snapshot());
  const listedIds = run.paused ? undefined : await listedLoadTweetIds(appUrl, options.user, startedEpoch);
  const cache = run.paused ? null : await page.evaluate((ids) => (window as unknown as ProbeWindow).__benchApply.countCache(ids), listedIds ?? []);
  await page.evaluate(() => (window as unknown as ProbeWindow).__benchApply.stop());
  return { ...run, apply, cache: cache ?? undefined, listed: listedIds?.length };
}
