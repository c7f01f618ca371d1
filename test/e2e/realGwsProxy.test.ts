import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSimulator, type ConfigBody, type RunningSimulator } from '../../src/simulator/testing';
import { simRead } from '../support/simControl';
import { launchBrowser, type TestBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/startApp';

// A deployer's setup, in Chromium: the production build served with GWS_URL set (no simulator in the
// app's server; /api proxied to that GWS), the console configured only as the README says, in front
// of a GWS that answers only in documented shapes — the simulator on its own port, in its default
// (current pages) and older (plain acks, ChannelStateChangeMessageV2, a CSRF header that is not
// X-CSRF-TOKEN) forms.

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const variants: [string, ConfigBody][] = [
  ['the current pages', {}],
  ['the older pages', { twitterAcks: 'plain', channelMessages: 'V2', csrfHeaderName: 'X-GWS-CSRF' }],
];

describe.each(variants)('GWS_URL=<a GWS answering as documented: %s> npm run serve', (_name, wire) => {
  let gws: RunningSimulator;
  let app: RunningApp;

  beforeAll(async () => {
    gws = await startSimulator({ twitterDelayMs: 30, ...wire });
    app = await startApp(inject('e2eDistDir'), { gwsUrl: gws.url });
  });
  afterAll(async () => {
    await app?.close();
    await gws?.close();
  });

  async function sendStatus(page: Page): Promise<string> {
    return (await page.getByRole('status', { name: 'Send status' }).textContent()) ?? '';
  }

  it('agent1 signs in, goes Ready, sends (Sent, nothing ignored, the right agent) and signs out, through the proxy', async () => {
    const { page, problems } = await browser.newPage();
    await page.goto(app.url, { waitUntil: 'networkidle' });
    expect(await page.getByRole('complementary', { name: 'Simulator demo accounts' }).count()).toBe(0);
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const banner = page.getByRole('banner');
    await banner.getByRole('status').filter({ hasText: 'Twitter: Not Ready' }).waitFor();
    await banner.getByRole('button', { name: 'Ready', exact: true }).click();
    await banner.getByRole('status').filter({ hasText: 'Twitter: Ready' }).waitFor();

    const compose = page.getByRole('region', { name: 'Compose tweet' });
    // From accounts read from the agent's user.settings in GWS.
    expect(await compose.getByLabel('From').locator('option').allTextContents()).toEqual(['Choose an account…', '@gc_support', '@gc_sales']);
    const message = `Through the proxy ${Date.now()}`;
    await compose.getByLabel('From').selectOption('gc_support');
    await compose.getByLabel('Queue').selectOption({ label: 'Twitter outbound' });
    await compose.getByLabel('Message').fill(message);
    await compose.getByRole('button', { name: 'Send tweet' }).click();
    await expect.poll(() => sendStatus(page), { timeout: 10_000 }).toMatch(/^Sent \(took \d/);

    const panel = page.getByRole('region', { name: 'Outbound tweets' });
    const row = panel.getByRole('article').filter({ hasText: message });
    await row.locator('.state-badge', { hasText: 'Sent' }).waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Agent agent1');
    expect(await panel.getByText(/ignored/).count()).toBe(0);
    expect(await row.getByRole('link').count()).toBe(0);
    // Everything went to the GWS behind GWS_URL (the app's own server runs no simulator), once each.
    expect(await simRead(gws, '/sim/stats')).toMatchObject({ operations: { StartContactCenterSession: 1, Ready: 1, Create: 1, Send: 1 }, csrfRejected: 0 });

    await banner.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
    await page.context().close();
  });
});
