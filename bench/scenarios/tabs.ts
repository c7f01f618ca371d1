import type { Page } from 'playwright-core';
import { statusChange } from '../../test/e2e/support/teamFeed';
import type { PageProblems } from '../../test/e2e/support/browser';
import { emptyResult, skipped, type Scenario, type TargetCheck } from '../report';
import { signIn, simControl, simStats, startBrowserBench, ui, waitConnected } from '../support/ui';

const user = 'agent1';
const tabCount = 3;
const shownWithinMs = 10_000;

/** GWS CometD on the simulator: handshakes since the last /sim/reset and live sessions; undefined = not reported. */
async function cometd(appUrl: string): Promise<{ handshakes: number | undefined; sessions: number | undefined }> {
  const stats = await simStats(appUrl);
  const count = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return { handshakes: count(stats.handshakes), sessions: count(stats.sessions) };
}

/** Resolves with the ms until `text` shows in the page's "Outbound tweets" region, or undefined after the bound. */
function shownIn(page: Page, text: string, since: number): Promise<number | undefined> {
  return ui.panel(page).getByText(text).first().waitFor({ state: 'visible', timeout: shownWithinMs }).then(
    () => Date.now() - since,
    () => undefined,
  );
}

/**
 * Scenario 6 (issue 15): one browser context — same cookies, same SharedWorker — with three tabs,
 * agent1 signed in in each. The simulator counts the GWS CometD handshakes it accepted and the live
 * sessions (Playwright cannot see a worker's requests): a build with the notification client in a
 * SharedWorker holds one session for the browser; an older one, one per tab. Then the third tab
 * closes and a notification published to agent1 must still reach the other two.
 */
export const tabsScenario: Scenario = async ({ distDir, contentSecurityPolicy, log }) => {
  const bench = await startBrowserBench(distDir, contentSecurityPolicy);
  try {
    // Counters from here on: nothing before the tabs is counted.
    await simControl(bench.app.url, '/sim/reset', {});
    const notes: string[] = [];
    const tabs: { page: Page; problems: PageProblems }[] = [];
    for (let i = 1; i <= tabCount; i++) {
      const first = tabs[0];
      const tab = first ? await bench.browser.newTabBeside(first.page) : await bench.browser.newPage();
      tabs.push(tab);
      await tab.page.goto(bench.app.url, { waitUntil: 'domcontentloaded' });
      const missing = await signIn(tab.page, user, 'panel');
      if (missing) return skipped(`tab ${i}: ${missing}`);
      if (!(await waitConnected(tab.page))) notes.push(`tab ${i}: the header never said connected within 15 s`);
      log(`  tab ${i} of ${tabCount} signed in as ${user}`);
    }
    // Each tab said connected: its handshake (or the shared one) is done and counted.
    const allOpen = await cometd(bench.app.url);

    const [one, two, three] = tabs;
    if (!one || !two || !three) throw new Error('expected three tabs');
    const closed = three.page.waitForEvent('close', { timeout: shownWithinMs }).then(() => true, () => false);
    await three.page.close({ runBeforeUnload: true });
    if (!(await closed)) notes.push(`the third tab had not closed within ${shownWithinMs / 1000} s`);
    // A unique id and text (the panel keys rows by id), as GWS sends a tweet's state to its agent.
    const id = `BENCHTABS${Date.now()}`;
    const message = `Published after a tab closed (${id})`;
    const publishedAt = Date.now();
    const published = (await simControl(bench.app.url, '/sim/publish', {
      user,
      channel: '/v2/me/twitter',
      data: statusChange({ id, state: 'Sent', twitterType: 'Outbound', from: 'gc_support', message, userData: {} }),
    })) as { delivered?: number };
    const shownAfter = await Promise.all([one, two].map((tab) => shownIn(tab.page, message, publishedAt)));
    const afterClose = await cometd(bench.app.url);

    const result = emptyResult();
    result.notes.push(...notes);
    result.tables.push({
      title: `GWS CometD on the simulator: one browser context, ${user} signed in in each tab (counted since /sim/reset)`,
      columns: ['tabs open', 'handshakes', 'live sessions'],
      rows: [
        [tabCount, allOpen.handshakes, allOpen.sessions],
        [tabCount - 1, afterClose.handshakes, afterClose.sessions],
      ],
    });
    if (allOpen.handshakes === undefined) result.notes.push('this simulator reports no "handshakes" in /sim/stats: handshakes not measured');
    result.notes.push(`the second row: after the third tab closed (runBeforeUnload) and a notification to ${user} was published and waited for`);
    const problems = tabs.flatMap(({ problems: p }, i) => [...p.pageErrors, ...p.consoleErrors].map((text) => `tab ${i + 1}: ${text.split('\n')[0] ?? ''}`));
    if (problems.length > 0) result.notes.push(`page errors / console errors (first 5 of ${problems.length}): ${problems.slice(0, 5).join('; ')}`);
    result.targets.push(sessionsTarget(allOpen), {
      target: 'a tab closing leaves the others live',
      measured: `the notification shown in ${shownAfter.filter((ms) => ms !== undefined).length} of 2 remaining tabs within ${shownWithinMs / 1000} s (${shownAfter.map((ms) => (ms === undefined ? 'not shown' : `${ms} ms`)).join(', ')}; delivered to ${published.delivered ?? '?'} session(s))`,
      met: shownAfter.every((ms) => ms !== undefined),
    });
    result.data = { allOpen, afterClose, delivered: published.delivered, shownAfterMs: shownAfter, problems };
    return result;
  } finally {
    await bench.close();
  }
};

function sessionsTarget({ handshakes, sessions }: { handshakes: number | undefined; sessions: number | undefined }): TargetCheck {
  const target = `CometD sessions on GWS with ${tabCount} tabs open: 1 (issue 15)`;
  if (sessions === undefined) return { target, measured: 'not measured (no "sessions" in /sim/stats)', met: undefined };
  return {
    target,
    measured: `${sessions} live session(s), ${handshakes === undefined ? 'handshakes not measured' : `${handshakes} handshake(s)`} since the reset`,
    met: sessions === 1,
    value: sessions,
    unit: 'sessions',
    better: 'lower',
  };
}
