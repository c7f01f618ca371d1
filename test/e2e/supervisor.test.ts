import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type PageProblems, type TestBrowser } from './support/browser';
import { signInThroughForm } from './support/signIn';
import { simControl } from './support/simControl';
import { startApp, type RunningApp } from './support/startApp';

// Two browser contexts (own cookies, own CometD sessions): the supervisor watches the live panel
// while agent1 sends through the compose form. Production build + simulator + Chromium.

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** Screenshots are committed; they are rewritten only when missing or with UPDATE_SCREENSHOTS=1. */
const writeScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

let app: RunningApp;
let browser: TestBrowser;
let supervisor: { page: Page; problems: PageProblems };
let agent: { page: Page; problems: PageProblems };

beforeAll(async () => {
  app = await startApp(inject('e2eDistDir'));
  browser = await launchBrowser();
  supervisor = await browser.newPage();
  agent = await browser.newPage();
  await supervisor.page.setViewportSize({ width: 1280, height: 1000 });
  await agent.page.setViewportSize({ width: 1280, height: 1000 });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(page: Page, userName: string): Promise<Locator> {
  const panel = await signInThroughForm(page, app.url, userName);
  return panel;
}

async function sendFromComposeForm(page: Page, from: string, message: string): Promise<void> {
  const compose = page.getByRole('region', { name: 'Compose tweet' });
  await compose.getByLabel('From').selectOption({ value: from });
  await compose.getByLabel('Queue').selectOption({ label: 'Twitter outbound' });
  await compose.getByLabel('Message').fill(message);
  await compose.getByRole('button', { name: 'Send tweet' }).click();
  await expect.poll(() => compose.getByRole('status', { name: 'Send status' }).textContent(), { timeout: 10_000 }).toMatch(/^Sent/);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const file = `${screenshotDir}${name}.png`;
  if (!writeScreenshots && existsSync(file)) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}

const rowWith = (panel: Locator, text: string) => panel.getByRole('article').filter({ hasText: text });
const summaryOf = (panel: Locator) => panel.locator('.outbound-panel__summary').textContent();

describe('the live outbound panel in Chromium (supervisor watches, agent1 sends)', () => {
  let supervisorPanel: Locator;
  let agentPanel: Locator;

  it('the supervisor sees agent1’s tweet appear, Sent, with the profile image loaded and the userData table openable', async () => {
    [supervisorPanel, agentPanel] = await Promise.all([signIn(supervisor.page, 'supervisor'), signIn(agent.page, 'agent1')]);
    expect(await supervisorPanel.getByRole('switch', { name: 'Supervisor view' }).getAttribute('aria-checked')).toBe('true');
    // An agent never sees a control they cannot use.
    expect(await agentPanel.getByRole('switch', { name: 'Supervisor view' }).count()).toBe(0);
    await expect.poll(() => supervisor.page.getByRole('banner').getByRole('status', { name: 'Connection' }).textContent()).toContain('Live');

    await sendFromComposeForm(agent.page, 'gc_support', 'Hello from agent1 — order #1042 has shipped');

    const row = rowWith(supervisorPanel, 'Hello from agent1 — order #1042 has shipped');
    await row.locator('.state-badge', { hasText: 'Sent' }).waitFor({ timeout: 10_000 });
    const image = row.getByRole('img', { name: '@gc_support profile image' });
    await expect.poll(() => image.evaluate((img) => (img instanceof HTMLImageElement && img.complete ? img.naturalWidth : 0)), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await row.textContent()).toContain('Agent agent1');
    expect(await row.textContent()).toMatch(/Composing → Sent in \d/);

    await row.getByRole('button', { name: /^userData \(\d+\)$/ }).click();
    const table = row.getByRole('table', { name: /^userData of tweet / });
    await table.waitFor();
    // The agent is what the console wrote into Create's userData; _umsInboundIxnSubmittedBy is GWS's SMS application.
    expect(await table.getByRole('row').filter({ hasText: 'ConsoleAgent' }).textContent()).toBe('ConsoleAgentagent1');
    expect(await table.getByRole('row').filter({ hasText: '_umsInboundIxnSubmittedBy' }).textContent()).toBe('_umsInboundIxnSubmittedByesv_smsrv_sim');
    expect(await table.getByRole('row').filter({ hasText: '_twitterUserScreenName' }).textContent()).toBe('_twitterUserScreenNamegc_support');

    // The agent's own console shows the same tweet in the agent view.
    await rowWith(agentPanel, 'Hello from agent1 — order #1042 has shipped').locator('.state-badge', { hasText: 'Sent' }).waitFor();
    await screenshot(agent.page, 'agent-console');
  });

  it('filters by state, from-account, agent and text', async () => {
    await sendFromComposeForm(agent.page, 'gc_sales', 'Spring sale starts Monday');
    await rowWith(supervisorPanel, 'Spring sale starts Monday').locator('.state-badge', { hasText: 'Sent' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => supervisorPanel.getByRole('button', { name: /^Sent \d+$/ }).textContent()).toBe('Sent 2');

    await supervisorPanel.getByLabel('From account').selectOption({ label: '@gc_sales' });
    await expect.poll(() => supervisorPanel.getByRole('article').count()).toBe(1);
    expect(await supervisorPanel.getByRole('article').textContent()).toContain('Spring sale starts Monday');
    await supervisorPanel.getByLabel('From account').selectOption({ label: 'All accounts' });

    await supervisorPanel.getByLabel('Agent').selectOption({ label: 'agent1' });
    await supervisorPanel.getByRole('searchbox', { name: 'Search' }).fill('ORDER #1042');
    await expect.poll(() => summaryOf(supervisorPanel)).toBe('Showing 1 of 2 tweets of the team');
    await supervisorPanel.getByRole('searchbox', { name: 'Search' }).fill('');
    await supervisorPanel.getByLabel('Agent').selectOption({ label: 'All agents' });

    await supervisorPanel.getByRole('button', { name: /^Error \d+$/ }).click();
    await supervisorPanel.getByText('No tweets match these filters.').waitFor();
    await supervisorPanel.getByRole('button', { name: /^All \d+$/ }).click();
    await expect.poll(() => supervisorPanel.getByRole('article').count()).toBe(2);
  });

  it('Pause stops the list; "N new" counts what waits; Resume shows it', async () => {
    await supervisorPanel.getByRole('button', { name: 'Pause live updates' }).click();
    await sendFromComposeForm(agent.page, 'gc_support', 'Sent while the supervisor paused');
    await expect.poll(() => supervisorPanel.getByTestId('waiting-updates').textContent(), { timeout: 10_000 }).toBe('1 new');
    expect(await rowWith(supervisorPanel, 'Sent while the supervisor paused').count()).toBe(0);
    expect(await summaryOf(supervisorPanel)).toBe('2 tweets of the team');

    await supervisorPanel.getByRole('button', { name: 'Resume live updates' }).click();
    await rowWith(supervisorPanel, 'Sent while the supervisor paused').locator('.state-badge', { hasText: 'Sent' }).waitFor();
    expect(await supervisorPanel.getByTestId('waiting-updates').count()).toBe(0);
  });

  it('through a forced re-handshake, tweets whose notifications were lost appear without a reload', async () => {
    await simControl(app.url, '/sim/faults', { dropNotifications: 1_000_000 });
    await simControl(app.url, '/sim/load', { agents: 4, perSecond: 100, seconds: 0.4 });
    await expect.poll(async () => (await (await fetch(new URL('/sim/stats', app.url))).json()).loadRunning, { timeout: 10_000 }).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 800)); // the simulated Twitter answers every Send
    expect(await summaryOf(supervisorPanel)).toBe('3 tweets of the team');

    await simControl(app.url, '/sim/faults', { dropNotifications: 0, dropSessions: true });
    await expect.poll(() => summaryOf(supervisorPanel), { timeout: 15_000 }).toBe('43 tweets of the team');
    await expect.poll(() => supervisor.page.getByRole('banner').getByRole('status', { name: 'Connection' }).textContent()).toContain('Live');
    await supervisorPanel.getByText(/^Load tweet #40 from loadagent4/).waitFor();
    expect(await supervisorPanel.getByRole('button', { name: /^Sent \d+$/ }).textContent()).toBe('Sent 43');
    await rowWith(supervisorPanel, 'Load tweet #40 from loadagent4').getByRole('button', { name: /^userData/ }).click();
    await screenshot(supervisor.page, 'supervisor-view');

    expect(supervisor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
    expect(agent.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('opening a userData table pushes the rows below it down, and closing it brings them back (rows measured by the browser)', async () => {
    const rowAt = (index: number) => supervisorPanel.locator(`article[data-index="${index}"]`);
    const box = async (index: number) => {
      const found = await rowAt(index).boundingBox();
      if (!found) throw new Error(`row ${index} is not laid out`);
      return found;
    };
    /** The next row starts where the first ends (to the pixel: sizes are rounded, heights may not be). */
    const rowsTouch = async () => Math.abs((await box(1)).y - ((await box(0)).y + (await box(0)).height)) < 1;
    const toggle = rowAt(0).getByRole('button', { name: /^userData/ });
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
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
