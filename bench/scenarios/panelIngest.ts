import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { emptyResult, skipped, type Scenario, type ScenarioResult } from '../report';
import type { BenchWindow, PhaseSnapshot } from '../support/pageProbes';
import { traceLongTasks } from '../support/longTaskTrace';
import { profilePage } from '../support/pageProfile';
import { max, median, mb, percentile, pollUntil, round, sleep } from '../support/stats';
import { openApp, signIn, simControl, simStats, startBrowserBench, ui, visibleRowCount, waitConnected } from '../support/ui';

/** /sim/load makes 2 notifications per tweet (Composing, then Sent) and allows ≤ 5,000 tweets/s. */
const notificationsPerTweet = 2;
const maxLoadTweetsPerSecond = 5_000;
const loadAgents = 50;

interface PanelCounts {
  applied: number;
  ignored: number;
  rows?: number;
}

/**
 * The feed's counters, from the header's connection status (data-notifications-received/-ignored):
 * applied = received − ignored (every received tweet notification goes through the reducer).
 */
const panelStats = (page: Page): Promise<PanelCounts | null> =>
  page.evaluate(() => {
    const element = document.querySelector('[data-notifications-received]');
    if (!element) return null;
    const received = Number(element.getAttribute('data-notifications-received'));
    const ignored = Number(element.getAttribute('data-notifications-ignored'));
    return { applied: received - ignored, ignored };
  });

export async function heapMiB(page: Page): Promise<{ usedMiB: number; usedAfterGcMiB: number; totalMiB: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const used = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize') };
  };
  const before = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await used();
  await cdp.detach();
  return { usedMiB: round(mb(before.used)), usedAfterGcMiB: round(mb(after.used)), totalMiB: round(mb(after.total)) };
}

/** Runs /sim/load for `seconds`, then waits until the page has applied what was published (bounded). */
export async function loadPhase(page: Page, appUrl: string, perSecond: number, seconds: number, phase: string, drainMs = 30_000) {
  const before = await simStats(appUrl);
  const countsBefore: PanelCounts | null = await panelStats(page);
  await page.evaluate((name) => (window as unknown as BenchWindow).__benchPanel.start(name), phase);
  await simControl(appUrl, '/sim/load', { agents: loadAgents, perSecond, seconds });
  await sleep(seconds * 1000);
  await pollUntil(async () => ((await simStats(appUrl)).loadRunning ? undefined : true), 30_000);
  // Frames and long tasks: while the load runs. Latencies: also rows shown while draining.
  const steady: PhaseSnapshot = await page.evaluate(() => (window as unknown as BenchWindow).__benchPanel.snapshot());
  const loadEnded = Date.now();
  const published = (await simStats(appUrl)).notificationsPublished - before.notificationsPublished;
  // Drain: until applied + ignored in the page has caught up with what was published; without
  // feed counters, until the phase's last load tweet (#perSecond×seconds) has been shown (bounded).
  const lastTweet = Math.floor(perSecond * seconds);
  const drained = await pollUntil(async () => {
    const counts: PanelCounts | null = await panelStats(page);
    if (!counts || !countsBefore) {
      const shown = await page.evaluate(() => (window as unknown as BenchWindow).__benchPanel.snapshot().maxNumber);
      return shown >= lastTweet ? null : undefined;
    }
    return counts.applied + counts.ignored - (countsBefore.applied + countsBefore.ignored) >= published ? counts : undefined;
  }, drainMs, 200);
  const final: PhaseSnapshot = await page.evaluate(() => (window as unknown as BenchWindow).__benchPanel.snapshot());
  const snapshot: PhaseSnapshot = { ...steady, latencies: final.latencies, arrivals: final.arrivals, rowsSeen: final.rowsSeen };
  const counts: PanelCounts | null = drained || (await panelStats(page));
  const caughtUpMs = drained === undefined ? undefined : Date.now() - loadEnded;
  const applied = counts && countsBefore ? counts.applied - countsBefore.applied : undefined;
  const ignored = counts && countsBefore ? counts.ignored - countsBefore.ignored : undefined;
  return { phase, perSecond, seconds, published, applied, ignored, rows: counts?.rows ?? (await visibleRowCount(page)), caughtUpMs, snapshot };
}

/**
 * Scenario 1: the supervisor's live panel pre-filled with 100,000 tweets, then /sim/load at 500,
 * 2,000 and 5,000 notifications/s. Needs the UI contract of support/ui.ts and
 * the feed counters on the header status (data-notifications-received/-ignored); the load tweets' message text carries their creation time (ISO, ms),
 * which pageProbes.ts reads when a row shows it.
 */
export const panelIngestScenario: Scenario = async ({ distDir, quick, log, profile, resultsDir }) => {
  const prefillTweets = quick ? 10_000 : 100_000;
  const seconds = quick ? 3 : 20;
  const rates = [500, 2_000, 5_000];
  const bench = await startBrowserBench(distDir);
  try {
    const page = await openApp(bench);
    const missing = await signIn(page, 'supervisor', 'panel');
    if (missing) return skipped(missing);
    const notes: string[] = [];
    const supervisorSwitch = ui.supervisorView(page);
    if ((await supervisorSwitch.count()) === 0) notes.push('no "Supervisor view" switch in the panel');
    else if ((await supervisorSwitch.getAttribute('aria-checked')) !== 'true') await supervisorSwitch.click();
    if (!(await waitConnected(page))) notes.push('the header never said "Connected" within 15 s');
    await simControl(bench.app.url, '/sim/config', { twitterDelayMs: 0 });

    const prefillRate = maxLoadTweetsPerSecond;
    log(`  pre-filling ${prefillTweets.toLocaleString('en-US')} tweets through /sim/load at ${prefillRate} tweets/s…`);
    const prefill = await loadPhase(page, bench.app.url, prefillRate, prefillTweets / prefillRate, 'prefill', 120_000);
    const phases = [];
    for (const rate of rates) {
      const perSecond = Math.min(maxLoadTweetsPerSecond, rate / notificationsPerTweet);
      if (perSecond * notificationsPerTweet < rate) notes.push(`${rate}/s asked, ${perSecond * notificationsPerTweet}/s pushed: /sim/load caps at ${maxLoadTweetsPerSecond} tweets/s (2 notifications each)`);
      log(`  ${rate} notifications/s for ${seconds} s…`);
      phases.push(await loadPhase(page, bench.app.url, perSecond, seconds, `${rate}/s`));
    }
    const heap = await heapMiB(page);
    const heapWithoutDashboard = await heapWithSupervisorViewOff(page);
    const paused = await pausedPhase(page, bench.app.url, seconds, log);
    const result = report({ prefill, phases, paused, heap, heapWithoutDashboard, notes, quick, prefillTweets });
    if (profile || result.targets.some((t) => t.met === false)) {
      log(`  CPU-profiling the page during one more ${seconds} s at 2,000 notifications/s…`);
      const cpu = await profilePage(page, distDir, join(resultsDir, 'panel-2000.cpuprofile'), async () => {
        await loadPhase(page, bench.app.url, 2_000 / notificationsPerTweet, seconds, 'profiled 2000/s');
      });
      result.tables.push(
        { title: `Page CPU profile at 2,000/s, by origin (${cpu.totalMs} ms sampled, source-mapped)`, columns: ['origin', 'self ms', 'self %'], rows: cpu.byOrigin.map((f) => [f.frame, f.selfMs, f.selfPercent]) },
        { title: 'Same profile: top functions by self time', columns: ['function', 'self ms', 'self %'], rows: cpu.topFrames.map((f) => [f.frame, f.selfMs, f.selfPercent]) },
      );
      result.data.cpu = cpu;
    }
    if (profile || result.targets.some((t) => t.target.startsWith('no long task') && t.met === false)) {
      log(`  tracing the page (Chromium trace) during one more ${seconds} s at 2,000 notifications/s, for what the long tasks are…`);
      const traced = await traceLongTasks(page, 50, async () => {
        await loadPhase(page, bench.app.url, 2_000 / notificationsPerTweet, seconds, 'traced 2000/s');
      });
      const longest = [...traced].sort((a, b) => b.durationMs - a.durationMs).slice(0, 8);
      result.tables.push({
        title: `Long tasks (> 50 ms) under Chromium tracing at 2,000/s, ${seconds} s: the ${longest.length} longest of ${traced.length}, with their largest nested events`,
        columns: ['task ms', 'largest events inside'],
        rows: longest.map((task) => [task.durationMs, task.inside.join(', ') || '(no nested event ≥ 5 ms)']),
      });
      result.data.longTasks = traced;
    }
    return result;
  } finally {
    await bench.close();
  }
};

type Phase = Awaited<ReturnType<typeof loadPhase>>;

/**
 * The heap with Supervisor view off (the agent's card list: no table, no dashboard), the same
 * tweets in memory, then the view on again: what the supervisor's screen itself keeps. Undefined
 * without the switch.
 */
async function heapWithSupervisorViewOff(page: Page): Promise<Awaited<ReturnType<typeof heapMiB>> | undefined> {
  const supervisorSwitch = ui.supervisorView(page);
  if ((await supervisorSwitch.count()) === 0 || (await supervisorSwitch.getAttribute('aria-checked')) !== 'true') return undefined;
  await supervisorSwitch.click();
  try {
    await pollUntil(async () => ((await supervisorSwitch.getAttribute('aria-checked')) === 'false' ? true : undefined), 5_000);
    // Two seconds for the list's one-second samples (dashboard figures, throttled views) to be let go.
    await sleep(2_000);
    return await heapMiB(page);
  } finally {
    await supervisorSwitch.click();
  }
}

/**
 * 2,000/s with "Pause live updates" on: the page renders nothing new, so the arrival times show
 * the transport into Chromium alone. Undefined when the panel has no Pause button.
 */
async function pausedPhase(page: Page, appUrl: string, seconds: number, log: (line: string) => void): Promise<Phase | undefined> {
  const pause = ui.panel(page).getByRole('button', { name: 'Pause live updates', exact: true });
  if ((await pause.count()) === 0) return undefined;
  log(`  2000 notifications/s for ${seconds} s with the panel paused (transport only)…`);
  await pause.click();
  try {
    return await loadPhase(page, appUrl, 2_000 / notificationsPerTweet, seconds, '2000/s paused');
  } finally {
    await ui.panel(page).getByRole('button', { name: 'Resume live updates', exact: true }).click();
  }
}

interface ReportInput {
  prefill: Phase;
  phases: Phase[];
  paused: Phase | undefined;
  heap: Awaited<ReturnType<typeof heapMiB>>;
  heapWithoutDashboard: Awaited<ReturnType<typeof heapMiB>> | undefined;
  notes: string[];
  quick: boolean;
  prefillTweets: number;
}

function report({ prefill, phases, paused, heap, heapWithoutDashboard, notes, quick, prefillTweets }: ReportInput): ScenarioResult {
  const result = emptyResult();
  result.notes.push(...notes);
  const row = (p: Phase) => {
    const s = p.snapshot;
    const lost = p.applied === undefined || p.ignored === undefined ? undefined : p.published - p.applied - p.ignored;
    return [p.phase, p.published, p.applied, p.ignored, lost, p.rows, p.caughtUpMs ?? 'not within bound', s.latencies.length, round(percentile(s.latencies, 50)), round(percentile(s.latencies, 95)), round(percentile(s.latencies, 99)), round(percentile(s.arrivals, 50)), round(percentile(s.arrivals, 95)), s.longTasks.length, round(max(s.longTasks)), round((1000 * s.frames) / s.durationMs)];
  };
  result.tables.push({
    title: `Live panel, supervisor view, ${prefillTweets.toLocaleString('en-US')} tweets pre-filled${quick ? ' (QUICK: shorter phases, smaller pre-fill)' : ''}`,
    columns: ['phase', 'published', 'applied', 'ignored', 'lost', 'rows in panel', 'caught up after load ms', 'rows timed', 'p50 ms', 'p95 ms', 'p99 ms', 'arrived p50 ms', 'arrived p95 ms', 'long tasks', 'longest ms', 'frames/s'],
    rows: [row(prefill), ...phases.map(row), ...(paused ? [row(paused)] : [])],
  });
  const rowsAtEnd = phases.at(-1)?.rows ?? prefill.rows;
  result.tables.push({
    title: 'JS heap at the end (CDP Performance.getMetrics)',
    columns: ['view', 'used MiB', 'used after GC MiB', 'total MiB', 'rows in panel'],
    rows: [
      ['supervisor view (table + dashboard)', heap.usedMiB, heap.usedAfterGcMiB, heap.totalMiB, rowsAtEnd],
      ...(heapWithoutDashboard ? [['supervisor view off (card list)', heapWithoutDashboard.usedMiB, heapWithoutDashboard.usedAfterGcMiB, heapWithoutDashboard.totalMiB, rowsAtEnd]] : []),
    ],
  });
  if (prefill.applied === undefined) result.notes.push('the page exposes no feed counters (data-notifications-received/-ignored): published vs applied cannot be compared');
  if (phases.every((p) => p.snapshot.latencies.length === 0)) result.notes.push('no row ever showed a load tweet\'s message ("Load tweet #N from … at <ISO time>"): latency not measured');
  result.notes.push('latency = time a row first shows the message (next animation frame after the DOM change) − the ISO time in the message (taken at Create, ≤ a few ms before the Sent publish); only rows that get rendered are timed');
  result.notes.push('arrived = when the CometD long-poll response carrying the tweet fired its load event in the page (before the app parses it): the transport part of the latency, which a busy main thread delays too (compare the paused phase)');
  if (paused) result.notes.push('"2000/s paused": the same load with "Pause live updates" on — nothing new is rendered, so its arrival times are the transport into Chromium alone; not counted in the targets');
  const at2000 = phases.find((p) => p.phase === '2000/s');
  const lostAll = phases.map((p) => (p.applied === undefined || p.ignored === undefined ? undefined : p.published - p.applied - p.ignored));
  result.targets.push(
    { target: '0 notifications lost at every rate', measured: lostAll.map((l) => l ?? '?').join(' / '), met: lostAll.some((l) => l === undefined) ? undefined : lostAll.every((l) => l === 0) },
    ...(at2000 ? [
      { target: 'p95 publish → screen ≤ 50 ms at 2,000/s', measured: `${round(percentile(at2000.snapshot.latencies, 95))} ms (arrived in the page: p95 ${round(percentile(at2000.snapshot.arrivals, 95))} ms${paused ? `; ${round(percentile(paused.snapshot.arrivals, 95))} ms paused` : ''})`, met: at2000.snapshot.latencies.length ? percentile(at2000.snapshot.latencies, 95) <= 50 : undefined },
      { target: '≥ 50 frames/s at 2,000/s', measured: `${round((1000 * at2000.snapshot.frames) / at2000.snapshot.durationMs)}`, met: (1000 * at2000.snapshot.frames) / at2000.snapshot.durationMs >= 50 },
    ] : []),
    { target: 'no long task over 100 ms during steady load', measured: `${round(max(phases.flatMap((p) => p.snapshot.longTasks)))} ms longest`, met: phases.flatMap((p) => p.snapshot.longTasks).every((d) => d <= 100) },
    { target: 'JS heap ≤ 200 MB with 100,000 tweets', measured: `${heap.usedAfterGcMiB} MiB after GC`, met: quick ? undefined : heap.usedAfterGcMiB * 1.048576 <= 200 },
  );
  result.data = { prefill, phases: phases.map((p) => ({ ...p, latencyMedian: median(p.snapshot.latencies) })), paused, heap };
  return result;
}
