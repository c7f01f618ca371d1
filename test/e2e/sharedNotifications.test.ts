import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simControl, simRead } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { sendFromComposeForm } from './support/compose';
import type { PageProblems } from './support/browser';
import { signedInPage, signInThroughForm } from './support/signIn';
import { connectionState, publishOnTeamFeed, statusChange, teamFeedEnvelope } from './support/teamFeed';

// Several tabs of one browser (one context: same cookies, same SharedWorker), as a user opens them.
// The notification worker holds one CometD connection per user and endpoint, shared by every tab:
// the simulator counts the handshakes it accepted (`/sim/stats`; Playwright cannot see a worker's
// requests). Production build + simulator + Chromium.

const env = appInChromium({ twitterDelayMs: 30 });
const viewport = { width: 1280, height: 900 };

beforeEach(() => env.resetSimulator());

interface Tab {
  page: Page;
  problems: PageProblems;
  panel: Locator;
}

const handshakes = async () => {
  const stats = (await simRead(env.app, '/sim/stats')) as { handshakes: number; teamFeedHandshakes: number };
  return { gws: stats.handshakes, teamFeed: stats.teamFeedHandshakes };
};

/** One more tab beside `first`, signed in as `user` through the form, its connections Live. */
async function tabBeside(first: Page, user: string, { teamFeed = false } = {}): Promise<Tab> {
  const { page, problems } = await env.newTabBeside(first, viewport);
  const panel = await signInThroughForm(page, env.app.url, user);
  await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');
  if (teamFeed) await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');
  return { page, problems, panel };
}

const summaryOf = (panel: Locator) => panel.getByText(/tweets? of the team$/).textContent();
const teamRowWith = (panel: Locator, text: string) => panel.getByRole('grid').getByRole('row').filter({ hasText: text });
const sentCardWith = (panel: Locator, text: string) => panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: text });

function publishLiveOnly(id: string, message: string): Promise<unknown> {
  const twitter = { id, state: 'Composing', twitterType: 'Outbound', message, userData: {} };
  return publishOnTeamFeed(env.app, teamFeedEnvelope('agent1', statusChange(twitter)));
}

describe('one notification connection per browser, shared by its tabs', () => {
  it('three supervisor tabs: one handshake per endpoint, all Live and gap-free through a forced re-handshake, and a closed tab leaves the others live', async () => {
    const first = await signedInPage(env, 'supervisor', viewport, { teamFeed: true });
    const tabs: [Tab, Tab, Tab] = [first, await tabBeside(first.page, 'supervisor', { teamFeed: true }), await tabBeside(first.page, 'supervisor', { teamFeed: true })];
    // Today's console made one session per tab on each endpoint: 3 and 3.
    expect(await handshakes()).toEqual({ gws: 1, teamFeed: 1 });

    await simControl(env.app, '/sim/faults', { dropNotifications: 1_000_000 });
    await simControl(env.app, '/sim/load', { agents: 4, perSecond: 100, seconds: 0.3 });
    await publishLiveOnly('LIVEONLYMARKER01', 'Published after the load');
    for (const { panel } of tabs) {
      await teamRowWith(panel, 'Published after the load').waitFor({ timeout: 10_000 });
      expect(await summaryOf(panel)).toBe('1 tweet of the team');
    }

    // Both shared sessions are dropped: each re-handshakes once for all three tabs, and every tab reads the list again.
    await simControl(env.app, '/sim/faults', { dropNotifications: 0, dropSessions: true });
    for (const { page, panel } of tabs) {
      await expect.poll(() => summaryOf(panel), { timeout: 15_000 }).toBe('31 tweets of the team');
      await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');
      await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');
    }
    expect(await handshakes()).toEqual({ gws: 2, teamFeed: 2 });

    // Closing a tab (it says goodbye to the worker) leaves the connection to the other two.
    const [one, two, three] = tabs;
    await three.page.close({ runBeforeUnload: true });
    await publishLiveOnly('LIVEONLYMARKER02', 'Published after a tab closed');
    for (const { page, panel } of [one, two]) {
      await teamRowWith(panel, 'Published after a tab closed').waitFor({ timeout: 10_000 });
      expect(await connectionState(page, 'Team feed')).toBe('Live');
    }
    expect(await handshakes()).toEqual({ gws: 2, teamFeed: 2 });
    for (const { problems } of tabs) expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('an agent’s two tabs: a tweet sent in one shows Sent in both; Sign out in one signs out both (an unsent message kept), and the connection closes', async () => {
    const first = await signedInPage(env, 'agent1', viewport);
    const second = await tabBeside(first.page, 'agent1');
    expect(await handshakes()).toEqual({ gws: 1, teamFeed: 0 });

    await sendFromComposeForm(first.page, 'gc_support', 'Sent from the first tab');
    for (const { panel } of [first, second]) await sentCardWith(panel, 'Sent from the first tab').waitFor({ timeout: 10_000 });

    // Typed in the first tab, not sent: the Sign out in the other tab must not lose it.
    await first.page.getByRole('region', { name: 'Compose tweet' }).getByLabel('Message').fill('Unsent in the first tab');
    const sessionsBefore = ((await simRead(env.app, '/sim/stats')) as { sessions: number }).sessions;
    await second.page.getByRole('button', { name: 'Sign out' }).click();
    for (const { page } of [first, second]) await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
    expect(await first.page.getByRole('status').filter({ hasText: 'signed out' }).textContent()).toBe('You signed out in another tab.');
    expect(await second.page.getByRole('status').filter({ hasText: 'signed out' }).textContent()).toBe('You have signed out.');
    // With its last tab gone the worker disconnects: the session ends on the simulator.
    await expect.poll(async () => ((await simRead(env.app, '/sim/stats')) as { sessions: number }).sessions, { timeout: 10_000 }).toBe(sessionsBefore - 1);
    // Signed in again there, the unsent message is given back.
    await first.page.getByLabel('Username').fill('agent1');
    await first.page.getByLabel('Password').fill('password');
    await first.page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => first.page.getByRole('region', { name: 'Compose tweet' }).getByLabel('Message').inputValue(), { timeout: 10_000 }).toBe('Unsent in the first tab');
    for (const { problems } of [first, second]) expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('without SharedWorker each tab runs its own worker, and without Worker the page itself: both still work', async () => {
    const { page } = await env.newPage(viewport);
    await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'SharedWorker'));
    const noShared = { page, panel: await signInThroughForm(page, env.app.url, 'agent1') };
    await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');
    const bare = await env.newTabBeside(page, viewport);
    await bare.page.addInitScript(() => {
      Reflect.deleteProperty(globalThis, 'SharedWorker');
      Reflect.deleteProperty(globalThis, 'Worker');
    });
    const noWorker = { page: bare.page, panel: await signInThroughForm(bare.page, env.app.url, 'agent1') };
    await expect.poll(() => connectionState(bare.page, 'Connection')).toBe('Live');
    expect(await handshakes()).toEqual({ gws: 2, teamFeed: 0 });

    await sendFromComposeForm(noWorker.page, 'gc_sales', 'Sent from the tab without workers');
    for (const { panel } of [noShared, noWorker]) await sentCardWith(panel, 'Sent from the tab without workers').waitFor({ timeout: 10_000 });
  });
});
