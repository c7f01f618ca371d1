import type { Locator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simControl } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { screenshot } from './support/screenshots';
import { sendFromComposeForm } from './support/compose';
import { listTeamTweetsAs, listTweetsAs } from './support/gwsList';
import { signedInPage } from './support/signIn';
import { connectionState, publishOnTeamFeed, statusChange, teamFeedEnvelope } from './support/teamFeed';

// Two browser contexts (own cookies, own CometD sessions): the supervisor watches the live panel,
// fed by the team feed (GWS gives every user their own tweets only), while agent1 sends through the
// compose form. Production build + simulator + Chromium. Each test starts from an empty simulator and
// signs in on pages of its own.

const env = appInChromium({ twitterDelayMs: 30 });
const viewport = { width: 1280, height: 1000 };

beforeEach(() => env.resetSimulator());


const signedIn = (user: string) => signedInPage(env, user, viewport, { teamFeed: user === 'supervisor' });

/** The supervisor's table: a row's name is its cells' text, the state first. */
const rowWith = (panel: Locator, text: string) => panel.getByRole('grid').getByRole('row').filter({ hasText: text });
const sentRowWith = (panel: Locator, text: string) => panel.getByRole('grid').getByRole('row', { name: /^Sent / }).filter({ hasText: text });
/** The agent's list: a card's accessible name is its title: name, screen name, then the state. */
const sentCardWith = (panel: Locator, text: string) => panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: text });
const tweetRows = (panel: Locator) => panel.getByRole('grid').getByRole('row').filter({ has: panel.page().getByRole('gridcell') });
const detailOf = (panel: Locator) => panel.getByRole('region', { name: /selected tweet/ });
const summaryOf = (panel: Locator) => panel.getByText(/tweets? of the team$/).textContent();

/** A tweet of agent1's the supervisor's panel knows only from the team feed (/sim/publish is never dropped by a fault). */
function publishLiveOnly(id: string, message: string): Promise<unknown> {
  const twitter = { id, state: 'Composing', twitterType: 'Outbound', message, userData: {} };
  return publishOnTeamFeed(env.app, teamFeedEnvelope('agent1', statusChange(twitter)));
}

describe('the live outbound panel in Chromium (supervisor watches, agent1 sends)', () => {
  it('the supervisor sees agent1’s tweet appear, Sent, with the profile image loaded and the userData table openable', async () => {
    const [supervisor, agent] = await Promise.all([signedIn('supervisor'), signedIn('agent1')]);
    expect(await supervisor.panel.getByRole('switch', { name: 'Supervisor view' }).getAttribute('aria-checked')).toBe('true');
    // An agent never sees a control they cannot use.
    expect(await agent.panel.getByRole('switch', { name: 'Supervisor view' }).count()).toBe(0);

    await sendFromComposeForm(agent.page, 'gc_support', 'Hello from agent1 — order #1042 has shipped');

    const row = sentRowWith(supervisor.panel, 'Hello from agent1 — order #1042 has shipped');
    await row.waitFor({ timeout: 10_000 });
    // One line: state, time, From, agent, queue (its configured name), message, Composing → Sent, userData keys.
    const cells = await row.getByRole('gridcell').allTextContents();
    expect(cells.slice(2, 6)).toEqual(['@gc_support', 'agent1', 'Twitter outbound', 'Hello from agent1 — order #1042 has shipped']);
    expect(cells[1]).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(cells[6]).toMatch(/^\d+\.\d+ s$/);

    // Selected, it opens beside the table: profile image, who, the whole userData.
    await row.getByRole('gridcell').first().click();
    const detail = detailOf(supervisor.panel);
    const image = detail.getByRole('img', { name: '@gc_support profile image' });
    await expect.poll(() => image.evaluate((img) => (img instanceof HTMLImageElement && img.complete ? img.naturalWidth : 0)), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await detail.textContent()).toContain('Agentagent1');
    expect(await detail.textContent()).toMatch(/Composing → Sent\d/);
    const table = detail.getByRole('table', { name: /^userData of tweet / });
    await table.waitFor();
    // The agent is what the console wrote into Create's userData; _umsInboundIxnSubmittedBy is GWS's SMS application.
    expect(await table.getByRole('row').filter({ hasText: 'ConsoleAgent' }).textContent()).toBe('ConsoleAgentagent1');
    expect(await table.getByRole('row').filter({ hasText: '_umsInboundIxnSubmittedBy' }).textContent()).toBe('_umsInboundIxnSubmittedByesv_smsrv_sim');
    expect(await table.getByRole('row').filter({ hasText: '_twitterUserScreenName' }).textContent()).toBe('_twitterUserScreenNamegc_support');

    // The agent's own console shows the same tweet in the agent view.
    await sentCardWith(agent.panel, 'Hello from agent1 — order #1042 has shipped').waitFor();
    await screenshot(agent.page, 'agent-console');
    expect(supervisor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
    expect(agent.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('filters by state, from-account, agent and text', async () => {
    const [supervisor, agent] = await Promise.all([signedIn('supervisor'), signedIn('agent1')]);
    await sendFromComposeForm(agent.page, 'gc_support', 'Order #1042 has shipped');
    await sendFromComposeForm(agent.page, 'gc_sales', 'Spring sale starts Monday');
    const { panel } = supervisor;
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent(), { timeout: 10_000 }).toBe('Sent 2');

    await panel.getByRole('combobox', { name: 'From account' }).selectOption({ label: '@gc_sales' });
    await expect.poll(() => tweetRows(panel).count()).toBe(1);
    expect(await tweetRows(panel).textContent()).toContain('Spring sale starts Monday');
    await panel.getByRole('combobox', { name: 'From account' }).selectOption({ label: 'All accounts' });

    await panel.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'agent1' });
    await panel.getByRole('searchbox', { name: 'Search' }).fill('ORDER #1042');
    await expect.poll(() => summaryOf(panel)).toBe('Showing 1 of 2 tweets of the team');
    await panel.getByRole('searchbox', { name: 'Search' }).fill('');
    await panel.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'All agents' });

    await panel.getByRole('button', { name: /^Error \d+$/ }).click();
    await panel.getByText('No tweets match these filters.').waitFor();
    await panel.getByRole('button', { name: /^All \d+$/ }).click();
    await expect.poll(() => tweetRows(panel).count()).toBe(2);
  });

  it('Pause stops the list; "N new" counts what waits; Resume shows it', async () => {
    const [supervisor, agent] = await Promise.all([signedIn('supervisor'), signedIn('agent1')]);
    const { panel } = supervisor;
    await sendFromComposeForm(agent.page, 'gc_sales', 'Sent before the pause');
    await sentRowWith(panel, 'Sent before the pause').waitFor({ timeout: 10_000 });

    await panel.getByRole('button', { name: 'Pause live updates' }).click();
    await sendFromComposeForm(agent.page, 'gc_support', 'Sent while the supervisor paused');
    // Counted as waiting: from here on it may not show before Resume.
    await expect.poll(() => panel.getByTestId('waiting-updates').textContent(), { timeout: 10_000 }).toBe('1 new');
    expect(await rowWith(panel, 'Sent while the supervisor paused').count()).toBe(0);
    expect(await summaryOf(panel)).toBe('1 tweet of the team');

    await panel.getByRole('button', { name: 'Resume live updates' }).click();
    await sentRowWith(panel, 'Sent while the supervisor paused').waitFor();
    expect(await panel.getByTestId('waiting-updates').count()).toBe(0);
  });

  it('through a forced re-handshake, tweets whose notifications were lost appear without a reload', async () => {
    const supervisor = await signedIn('supervisor');
    const { panel } = supervisor;
    await simControl(env.app, '/sim/faults', { dropNotifications: 1_000_000 });
    await simControl(env.app, '/sim/load', { agents: 4, perSecond: 100, seconds: 0.4 });
    // The simulated Twitter has answered every Send: all 40 are Sent in the team's list (GWS lists none of them to the supervisor).
    await expect.poll(async () => (await listTeamTweetsAs(env.app.url)).tweets.filter((item) => item.tweet.state === 'Sent').length, { timeout: 10_000 }).toBe(40);
    expect(await listTweetsAs(env.app.url, 'supervisor')).toEqual([]);
    // Published after every load notification (and never dropped): once it shows, any of those that got through would show too.
    await publishLiveOnly('LIVEONLYMARKER01', 'Published after the load');
    await rowWith(panel, 'Published after the load').waitFor({ timeout: 10_000 });
    expect(await summaryOf(panel)).toBe('1 tweet of the team');

    // Both of the supervisor's CometD sessions are dropped: GWS's and the team feed's (which the list shows).
    const faults = (await simControl(env.app, '/sim/faults', { dropNotifications: 0, dropSessions: true })) as { droppedSessions: number; droppedTeamFeedSessions: number };
    expect(faults.droppedTeamFeedSessions).toBeGreaterThanOrEqual(1);
    expect(faults.droppedSessions).toBeGreaterThanOrEqual(1);
    await expect.poll(() => summaryOf(panel), { timeout: 15_000 }).toBe('41 tweets of the team');
    await expect.poll(() => connectionState(supervisor.page, 'Team feed')).toBe('Live');
    await expect.poll(() => connectionState(supervisor.page, 'Connection')).toBe('Live');
    await panel.getByText(/^Load tweet #40 from loadagent4/).waitFor();
    // The counts follow the rows within a quarter of a second (useShownCounts).
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent()).toBe('Sent 40');
    await rowWith(panel, 'Load tweet #40 from loadagent4').getByRole('gridcell').first().click();
    await detailOf(panel).getByRole('table', { name: /^userData of tweet / }).waitFor();
    await screenshot(supervisor.page, 'supervisor-view', { fullPage: false });
    expect(supervisor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('in the card list (Supervisor view off), opening a userData table pushes the cards below it down, and closing it brings them back (cards measured by the browser)', async () => {
    const { panel } = await signedIn('supervisor');
    await simControl(env.app, '/sim/load', { agents: 2, perSecond: 20, seconds: 0.2 });
    // Settled: a row changes height when its tweet turns Sent.
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent(), { timeout: 10_000 }).toBe('Sent 4');
    // The card list is the agent's view; the supervisor gets it with Supervisor view off.
    await panel.getByRole('switch', { name: 'Supervisor view' }).click();

    const rowAt = (index: number) => panel.locator(`article[data-index="${index}"]`);
    const box = async (index: number) => {
      const found = await rowAt(index).boundingBox();
      if (!found) throw new Error(`row ${index} is not laid out`);
      return found;
    };
    /** The next row starts where the first ends (to the pixel: sizes are rounded, heights may not be). */
    const rowsTouch = async () => Math.abs((await box(1)).y - ((await box(0)).y + (await box(0)).height)) < 1;
    const toggle = rowAt(0).getByRole('button', { name: /^userData/ });
    await expect.poll(rowsTouch).toBe(true);
    const closedHeight = (await box(0)).height;

    await toggle.click();
    await rowAt(0).getByRole('table', { name: /^userData of tweet / }).waitFor();
    await expect.poll(async () => (await box(0)).height).toBeGreaterThan(closedHeight + 40);
    await expect.poll(rowsTouch).toBe(true);

    await toggle.click();
    await expect.poll(async () => (await box(0)).height).toBe(closedHeight);
    await expect.poll(rowsTouch).toBe(true);
  });
});
