import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simControl } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { sendFromComposeForm } from './support/compose';
import { signInThroughForm } from './support/signIn';

// A new agent's first hour, in Chromium at 1366×768: nothing above the live panel changes height
// because of focus, blur or a transient error, and the first click after "Sent" is not lost.

const env = appInChromium({ twitterDelayMs: 30 });

/** The panel's top in the page (not the viewport: a click may scroll its target into view). */
const panelTop = (page: Page) =>
  page.getByRole('region', { name: 'Outbound tweets' }).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
const bannerHeight = (page: Page) => page.getByRole('banner').evaluate((element) => element.getBoundingClientRect().height);

describe("agent1's first hour (production build + simulator, Chromium, 1366×768)", () => {
  it('after "Sent", leaving the empty message box moves nothing, and the first click on the new row works', async () => {
    const { page, problems } = await env.newPage({ width: 1366, height: 768 });
    const panel = await signInThroughForm(page, env.app.url, 'agent1');
    const compose = page.getByRole('region', { name: 'Compose tweet' });
    const message = `First hour ${Date.now()}`;
    await sendFromComposeForm(page, 'gc_support', message);
    const row = panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: message });
    await row.waitFor({ timeout: 10_000 });

    // The message box has the focus after Sent; a click elsewhere blurs it (mousedown) before it lands.
    expect(await compose.getByLabel('Message').evaluate((element) => element === document.activeElement)).toBe(true);
    const before = await panelTop(page);
    const toggle = row.getByRole('button', { name: /^userData \(\d+\)$/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await panelTop(page)).toBe(before);
    expect(await compose.locator('.compose__error').count()).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('a refused Ready is said in the header without making it taller, and can be dismissed', async () => {
    const { page } = await env.newPage({ width: 1366, height: 768 });
    await signInThroughForm(page, env.app.url, 'agent2');
    const banner = page.getByRole('banner');
    await banner.getByRole('status').filter({ hasText: 'Twitter: Not Ready' }).waitFor();
    const height = await bannerHeight(page);
    const top = await panelTop(page);

    await simControl(env.app, '/sim/faults', { failNext: { statusCode: 4, statusMessage: 'Agent state service down', operationName: 'Ready' } });
    await banner.getByRole('button', { name: 'Ready', exact: true }).click();
    await banner.getByRole('alert').filter({ hasText: 'Could not change the Twitter state.' }).waitFor();
    expect(await bannerHeight(page)).toBe(height);
    expect(await panelTop(page)).toBe(top);

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    expect(await banner.getByRole('alert').count()).toBe(0);
    expect(await banner.textContent()).toContain('Inbound routing only: sending works either way.');
  });
});
