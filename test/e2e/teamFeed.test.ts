import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simControl, simRead } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { expectNoSeriousViolations } from './support/axe';
import { sendFromComposeForm } from './support/compose';
import { listTeamTweetsAs } from './support/gwsList';
import { signedInPage, signInThroughForm } from './support/signIn';
import { connectionState, connectionStatus, serveConfigWithoutTeamFeed, statusChange } from './support/teamFeed';

// The supervisor's dashboard and the team feed (ours: GWS gives every user their own tweets only),
// production build + simulator + Chromium, each user in a browser context of their own:
// - with the shipped config.json (`teamFeed`), the supervisor watches agent1 and agent2 send through
//   the compose form; the roster fills the Agent filter; no Compose, no Ready / Not Ready; Pause is
//   said on the "Team feed" status;
// - served a config.json without `teamFeed`, the supervisor sees their own tweets, says so, and never
//   the team's.
// axe-core on both views (0 serious or critical violations).

const env = appInChromium({ twitterDelayMs: 30 });
const viewport = { width: 1280, height: 1000 };

beforeEach(() => env.resetSimulator());

const signedIn = (user: string) => signedInPage(env, user, viewport);

/** The supervisor's table: a row's name is its cells' text, the state first. */
const rowWith = (panel: Locator, text: string) => panel.getByRole('grid').getByRole('row').filter({ hasText: text });
const sentRowWith = (panel: Locator, text: string) => panel.getByRole('grid').getByRole('row', { name: /^Sent / }).filter({ hasText: text });
const agentOfRow = (row: Locator) => row.getByRole('gridcell').nth(3).textContent();
/** The agent's list: a card's accessible name is its title: name, screen name, then the state. */
const sentCardWith = (panel: Locator, text: string) => panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: text });
const summaryOf = (panel: Locator) => panel.locator('.outbound-panel__summary').textContent();

/** What an agent works with and a supervisor without a Twitter account does not get. */
const agentControls = (page: Page) => ({
  'Compose region': page.getByRole('region', { name: 'Compose tweet' }),
  'Send tweet button': page.getByRole('button', { name: 'Send tweet' }),
  'Twitter channel group': page.getByRole('group', { name: 'Twitter channel' }),
  'Ready button': page.getByRole('button', { name: 'Ready', exact: true }),
  'Not Ready button': page.getByRole('button', { name: 'Not Ready', exact: true }),
});
async function countsOf(controls: Record<string, Locator>): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(Object.entries(controls).map(async ([name, locator]) => [name, await locator.count()] as const)));
}

describe('the supervisor’s team dashboard (team feed in config.json)', () => {
  it('shows agent1’s and agent2’s tweets by agent, the roster in the Agent filter, no Compose; Pause is said on "Team feed"', async () => {
    const [supervisor, agent1, agent2] = await Promise.all([signedIn('supervisor'), signedIn('agent1'), signedIn('agent2')]);
    const { page, panel } = supervisor;
    await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');

    const fromAgent1 = 'agent1 here: order #1042 has shipped';
    const fromAgent2 = 'agent2 here: sorry to hear that, a refund is on its way';
    await Promise.all([sendFromComposeForm(agent1.page, 'gc_support', fromAgent1), sendFromComposeForm(agent2.page, 'gc_care', fromAgent2)]);
    const row1 = sentRowWith(panel, fromAgent1);
    const row2 = sentRowWith(panel, fromAgent2);
    await row1.waitFor({ timeout: 10_000 });
    await row2.waitFor({ timeout: 10_000 });
    expect(await agentOfRow(row1)).toBe('agent1');
    expect(await agentOfRow(row2)).toBe('agent2');
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent()).toBe('Sent 2');
    expect(await summaryOf(panel)).toBe('2 tweets of the team');
    // The roster names every agent of the team: agent3 has sent nothing (the team list says so too).
    expect((await listTeamTweetsAs(env.app.url)).tweets.map((item) => item.agent).sort()).toEqual(['agent1', 'agent2']);
    expect(await panel.getByLabel('Agent', { exact: true }).locator('option').allTextContents()).toEqual(['All agents', 'agent1', 'agent2', 'agent3']);

    // No Compose and no Ready / Not Ready for a supervisor with no account (the same locators find them on an agent's page).
    expect(await countsOf(agentControls(agent1.page))).toEqual({ 'Compose region': 1, 'Send tweet button': 1, 'Twitter channel group': 1, 'Ready button': 1, 'Not Ready button': 1 });
    expect(await countsOf(agentControls(page))).toEqual({ 'Compose region': 0, 'Send tweet button': 0, 'Twitter channel group': 0, 'Ready button': 0, 'Not Ready button': 0 });
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /compose/i }).count()).toBe(0);
    // The panel takes the main area's full width (an agent's shares it with Compose).
    const widthOf = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;
    const mainWidth = await widthOf(page.locator('main'));
    expect(await widthOf(panel)).toBeGreaterThan(mainWidth * 0.9);
    expect(await widthOf(agent1.panel)).toBeLessThan((await widthOf(agent1.page.locator('main'))) * 0.75);
    await expectNoSeriousViolations(page, 'team dashboard');

    // Pause holds the team feed's updates: its status says so; GWS's own connection stays Live.
    await panel.getByRole('button', { name: 'Pause live updates' }).click();
    await expect.poll(() => connectionState(page, 'Team feed')).toBe('Paused — 0 new');
    const whilePaused = 'agent1 here: sent while the supervisor paused';
    await sendFromComposeForm(agent1.page, 'gc_sales', whilePaused);
    await expect.poll(() => connectionState(page, 'Team feed'), { timeout: 10_000 }).toBe('Paused — 1 new');
    expect(await connectionState(page, 'Connection')).toBe('Live');
    expect(await rowWith(panel, whilePaused).count()).toBe(0);
    await expectNoSeriousViolations(page, 'team dashboard, paused');

    await panel.getByRole('button', { name: 'Resume live updates' }).click();
    await sentRowWith(panel, whilePaused).waitFor();
    expect(await agentOfRow(rowWith(panel, whilePaused))).toBe('agent1');
    expect(await connectionState(page, 'Team feed')).toBe('Live');
    expect(supervisor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});

describe('a supervisor against a GWS without a team feed (config.json without teamFeed)', () => {
  it('sees only their own tweets, says so with a link to the help page, and never calls them "the team"', async () => {
    const { page, problems } = await env.newPage(viewport);
    const config = await serveConfigWithoutTeamFeed(page);
    const panel = await signInThroughForm(page, env.app.url, 'supervisor');
    await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');
    expect(config.removed(), 'config.json answers served without their teamFeed').toBeGreaterThan(0);
    const agent1 = await signedIn('agent1');

    const note = panel.getByRole('note');
    expect(await note.textContent()).toBe('Your tweets — no team feed is configured, so GWS shows only your own. How to set up a team feed');
    expect(await connectionStatus(page, 'Team feed').count()).toBe(0);
    expect(await panel.textContent()).not.toContain('of the team');

    const fromAgent1 = 'agent1 here: not for a supervisor without a team feed';
    await sendFromComposeForm(agent1.page, 'gc_support', fromAgent1);
    // agent1's own panel has it Sent: its notifications have gone out.
    await sentCardWith(agent1.panel, fromAgent1).waitFor({ timeout: 10_000 });
    // Then a tweet on the supervisor's own GWS channel: once it shows, anything of agent1's sent to this page would show too.
    const own = 'The supervisor’s own tweet, published after agent1’s';
    await simControl(env.app, '/sim/publish', {
      user: 'supervisor',
      channel: '/v2/me/twitter',
      data: statusChange({ id: 'SUPERVISOROWN001', state: 'Sent', twitterType: 'Outbound', from: 'gc_support', message: own, userData: {} }),
    });
    await rowWith(panel, own).waitFor({ timeout: 10_000 });
    expect(await rowWith(panel, fromAgent1).count()).toBe(0);
    expect(await summaryOf(panel)).toBe('1 tweet');
    expect(await panel.textContent()).not.toContain('of the team');
    expect(await connectionStatus(page, 'Team feed').count()).toBe(0);
    // Nothing of this page ever asked the team feed (counters since this test's reset).
    expect(((await simRead(env.app, '/sim/stats')) as { teamFeedRequests: number }).teamFeedRequests).toBe(0);
    await expectNoSeriousViolations(page, 'supervisor without a team feed');

    // The list shows GWS's own feed here: Pause is said on "Connection".
    await panel.getByRole('button', { name: 'Pause live updates' }).click();
    await expect.poll(() => connectionState(page, 'Connection')).toBe('Paused — 0 new');
    await panel.getByRole('button', { name: 'Resume live updates' }).click();
    await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');

    await note.getByRole('link', { name: 'How to set up a team feed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Why a supervisor sees only their own tweets' }).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).pathname).toBe('/help/team-feed.html');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
