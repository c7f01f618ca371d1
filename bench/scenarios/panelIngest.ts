import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { skipped, type Scenario } from '../report';
import { traceLongTasks } from '../support/longTaskTrace';
import { loadPhase, runLoad, type Phase } from '../support/panelPhase';
import { panelReport, type HeapFigures } from '../support/panelReport';
import { profilePage } from '../support/pageProfile';
import { notificationsPerTweet, rateLabel } from '../support/rates';
import { mb, pollUntil, round, sleep } from '../support/stats';
import { openApp, signIn, simControl, startBrowserBench, ui, waitConnected } from '../support/ui';

/** /sim/load makes 2 notifications per tweet (Composing, then Sent) and allows ≤ 5,000 tweets/s. */
const maxLoadTweetsPerSecond = 5_000;
const supervisor = 'supervisor';

export async function heapMiB(page: Page): Promise<HeapFigures> {
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

/**
 * Scenario 1: the supervisor's live panel pre-filled with 100,000 tweets, then /sim/load at 500,
 * 2,000 and 5,000 notifications/s (250, 1,000 and 2,500 tweets/s). Needs the UI contract of
 * support/ui.ts: the feed counters on the header status (data-notifications-received/-ignored) and
 * the cache's observer for the bench (window.__gwsTweetsApplied). The load tweets' message text
 * carries their creation time (ISO, ms): applyProbe.ts reads it as each tweet reaches the cache,
 * pageProbes.ts when a row shows it.
 */
export const panelIngestScenario: Scenario = async ({ distDir, contentSecurityPolicy, quick, log, profile, resultsDir }) => {
  const prefillTweets = quick ? 10_000 : 100_000;
  const seconds = quick ? 3 : 20;
  // 10,000 notifications/s is /sim/load's cap (5,000 tweets/s): issue 15's highest-rate target.
  const rates = [500, 2_000, 5_000, 10_000];
  const bench = await startBrowserBench(distDir, contentSecurityPolicy);
  try {
    const page = await openApp(bench);
    const missing = await signIn(page, supervisor, 'panel');
    if (missing) return skipped(missing);
    const notes: string[] = [];
    const supervisorSwitch = ui.supervisorView(page);
    if ((await supervisorSwitch.count()) === 0) notes.push('no "Supervisor view" switch in the panel');
    else if ((await supervisorSwitch.getAttribute('aria-checked')) !== 'true') await supervisorSwitch.click();
    if (!(await waitConnected(page))) notes.push('the header never said "Connected" within 15 s');
    await simControl(bench.app.url, '/sim/config', { twitterDelayMs: 0 });

    const prefillRate = maxLoadTweetsPerSecond;
    log(`  pre-filling ${prefillTweets.toLocaleString('en-US')} tweets through /sim/load at ${rateLabel(prefillRate * notificationsPerTweet)}…`);
    const prefill = await loadPhase(page, bench.app.url, prefillRate, prefillTweets / prefillRate, '(pre-fill)', { drainMs: 120_000, user: supervisor });
    const phases = [];
    for (const rate of rates) {
      const perSecond = Math.min(maxLoadTweetsPerSecond, rate / notificationsPerTweet);
      if (perSecond * notificationsPerTweet < rate) notes.push(`${rateLabel(rate)} asked, ${rateLabel(perSecond * notificationsPerTweet)} pushed: /sim/load caps at ${maxLoadTweetsPerSecond} tweets/s`);
      log(`  ${rateLabel(rate)} for ${seconds} s…`);
      phases.push(await loadPhase(page, bench.app.url, perSecond, seconds, '', { user: supervisor }));
    }
    const heap = await heapMiB(page);
    const heapWithoutDashboard = await heapWithSupervisorViewOff(page);
    const paused = await pausedPhase(page, bench.app.url, seconds, log);
    const result = panelReport({ prefill, phases, paused, heap, heapWithoutDashboard, notes, quick, prefillTweets });
    if (profile || result.targets.some((t) => t.met === false)) {
      log(`  CPU-profiling the page during one more ${seconds} s at ${rateLabel(2_000)}…`);
      const cpu = await profilePage(page, distDir, join(resultsDir, 'panel-2000.cpuprofile'), async () => {
        await runLoad(page, bench.app.url, 2_000 / notificationsPerTweet, seconds, '(profiled)', { user: supervisor });
      });
      result.tables.push(
        { title: `Page CPU profile at ${rateLabel(2_000)}, by origin (${cpu.totalMs} ms sampled, source-mapped)`, columns: ['origin', 'self ms', 'self %'], rows: cpu.byOrigin.map((f) => [f.frame, f.selfMs, f.selfPercent]) },
        { title: 'Same profile: top functions by self time', columns: ['function', 'self ms', 'self %'], rows: cpu.topFrames.map((f) => [f.frame, f.selfMs, f.selfPercent]) },
      );
      result.data.cpu = cpu;
    }
    if (profile || result.targets.some((t) => t.target.startsWith('no long task') && t.met === false)) {
      log(`  tracing the page (Chromium trace) during one more ${seconds} s at ${rateLabel(2_000)}, for what the long tasks are…`);
      const traced = await traceLongTasks(page, 50, async () => {
        await runLoad(page, bench.app.url, 2_000 / notificationsPerTweet, seconds, '(traced)', { user: supervisor });
      });
      const longest = [...traced].sort((a, b) => b.durationMs - a.durationMs).slice(0, 8);
      result.tables.push({
        title: `Long tasks (> 50 ms) under Chromium tracing at ${rateLabel(2_000)}, ${seconds} s: the ${longest.length} longest of ${traced.length}, with their largest nested events`,
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

/**
 * The heap with Supervisor view off (the agent's card list: no table, no dashboard), the same
 * tweets in memory, then the view on again: what the supervisor's screen itself keeps. Undefined
 * without the switch.
 */
async function heapWithSupervisorViewOff(page: Page): Promise<HeapFigures | undefined> {
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
 * 2,000 notifications/s with "Pause live updates" on: the page renders nothing new, so its
 * main-thread CPU is the cost of receiving the notifications alone. Undefined when the panel has
 * no Pause button.
 */
async function pausedPhase(page: Page, appUrl: string, seconds: number, log: (line: string) => void): Promise<Phase | undefined> {
  const pause = ui.panel(page).getByRole('button', { name: 'Pause live updates', exact: true });
  if ((await pause.count()) === 0) return undefined;
  log(`  ${rateLabel(2_000)} for ${seconds} s with the panel paused (nothing rendered)…`);
  await pause.click();
  try {
    return await loadPhase(page, appUrl, 2_000 / notificationsPerTweet, seconds, '(paused)', { paused: true, user: supervisor });
  } finally {
    await ui.panel(page).getByRole('button', { name: 'Resume live updates', exact: true }).click();
  }
}
