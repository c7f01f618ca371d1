import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/appInChromium';
import { listTweetsAs } from './support/gwsList';

// The agent's workflow in Chromium against the production build and the embedded simulator:
// sign in, compose, Sent — with the mouse, and with the keyboard only.

const env = appInChromium({ twitterDelayMs: 30 });

function sendStatus(page: Page) {
  return page.getByRole('status', { name: 'Send status' });
}

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return '';
    const labels = 'labels' in element && element.labels instanceof NodeList ? [...element.labels] : [];
    return (labels[0]?.textContent ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element is labelled `label` (keyboard only, at most 15 presses). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let presses = 0; presses < 15; presses += 1) {
    if ((await focusedLabel(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}" (focused: "${await focusedLabel(page)}")`);
}

describe('agent workflow (production build + simulator, Chromium)', () => {
  it('agent1 signs in, sends a tweet and sees "Sent" — no console errors; the sign-in page loads no console code', async () => {
    const { page, problems } = await env.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(env.app.url, { waitUntil: 'networkidle' });

    await page.getByRole('complementary', { name: 'Simulator demo accounts' }).waitFor();
    expect(scripts.some((url) => /ConsolePage/.test(url))).toBe(false);
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const banner = page.getByRole('banner');
    await banner.getByText('Signed in as').waitFor();
    expect(await banner.textContent()).toContain('Alice Agent (agent1)');
    await banner.getByRole('status').filter({ hasText: 'Twitter: Not Ready' }).waitFor();
    await banner.getByRole('button', { name: 'Ready', exact: true }).click();
    await banner.getByRole('status').filter({ hasText: 'Twitter: Ready' }).waitFor();

    const compose = page.getByRole('region', { name: 'Compose tweet' });
    const message = `Hello from Chromium ${Date.now()}`;
    await compose.getByLabel('From').selectOption('gc_sales');
    await compose.getByLabel('Queue').selectOption({ label: 'Customer care' });
    await compose.getByLabel('Message').fill(message);
    expect(await compose.getByText(/characters left$/).textContent()).toBe(`${280 - message.length} characters left`);
    await compose.getByRole('button', { name: 'Send tweet' }).click();

    await sendStatus(page).filter({ hasText: /^Sent \(took \d/ }).waitFor();
    expect(await compose.getByLabel('Message').inputValue()).toBe('');
    expect((await listTweetsAs(env.app.url, 'agent1')).filter((tweet) => tweet.message === message)).toMatchObject([{ state: 'Sent' }]);

    await banner.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('the same with the keyboard only: Tab, typing, arrow keys and Ctrl+Enter', async () => {
    const { page, problems } = await env.newPage();
    await page.goto(env.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await tabTo(page, 'Username');
    await page.keyboard.type('agent2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('password');
    await page.keyboard.press('Enter');
    await page.getByRole('banner').getByText('Signed in as').waitFor();
    await page.getByRole('region', { name: 'Compose tweet' }).waitFor();

    await tabTo(page, 'From');
    await page.keyboard.press('ArrowDown'); // @gc_care, agent2's one account, is preselected; stays chosen
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Queue');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Message');
    const message = `Typed without a mouse ${Date.now()}`;
    await page.keyboard.type(message);
    await page.keyboard.press('Control+Enter');

    await sendStatus(page).filter({ hasText: /^Sent \(took \d/ }).waitFor();
    expect(await focusedLabel(page)).toBe('Message');
    expect((await listTweetsAs(env.app.url, 'agent2')).filter((tweet) => tweet.message === message)).toMatchObject([{ state: 'Sent' }]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
