import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/appInChromium';
import { screenshot } from './support/screenshots';
import { sendFromComposeForm } from './support/compose';
import { contrastRatio } from './support/contrast';
import { signInThroughForm } from './support/signIn';
import { connectionStatus } from './support/teamFeed';

// The agent's screen at the two sizes agents use: the tweet just sent is in view without scrolling,
// the header stays, every control has one height, and the colours that must be seen are measured.


const env = appInChromium({ twitterDelayMs: 30 });

describe.each([
  [1366, 768],
  [1920, 1080],
])('agent1 at %i×%i', (width, height) => {
  it('the tweet just sent is in view without scrolling; the header stays when the page scrolls', async () => {
    const { page, problems } = await env.newPage({ width, height });
    const panel = await signInThroughForm(page, env.app.url, 'agent1');
    const message = `In view at ${width}×${height} ${Date.now()}`;
    await sendFromComposeForm(page, 'gc_support', message);
    const row = panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: message });
    await row.waitFor({ timeout: 10_000 });

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = await row.evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(height);
    await screenshot(page, `agent-${width}x${height}`, { fullPage: false });

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.getByRole('banner').evaluate((element) => element.getBoundingClientRect().top)).toBe(0);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});

describe('one look, measured (1366×768)', () => {
  it('every select, text input and button of the compose form and the header has one height', async () => {
    const { page } = await env.newPage({ width: 1366, height: 768 });
    await signInThroughForm(page, env.app.url, 'agent1');
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('.compose select, .compose textarea ~ *, .compose button, .app-header button')]
        .filter((element) => element instanceof HTMLSelectElement || element instanceof HTMLButtonElement)
        .map((element) => Math.round(element.getBoundingClientRect().height)),
    );
    expect(heights.length).toBeGreaterThanOrEqual(6);
    expect(new Set(heights)).toEqual(new Set([36]));
    expect(await page.locator('.compose input[type="checkbox"]').evaluate((box) => Math.round(box.getBoundingClientRect().width))).toBe(18);
  });

  it('the focus ring on the blue banner and the Message border stand out (≥ 3:1, WCAG formula)', async () => {
    const { page } = await env.newPage({ width: 1366, height: 768 });
    await signInThroughForm(page, env.app.url, 'agent1');
    const signOut = page.getByRole('banner').getByRole('button', { name: 'Sign out' });
    await signOut.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab'); // focused by keyboard: :focus-visible
    const ring = await signOut.evaluate((element) => getComputedStyle(element).outlineColor);
    const banner = await page.getByRole('banner').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(contrastRatio(ring, banner)).toBeGreaterThanOrEqual(3);

    const message = page.getByRole('region', { name: 'Compose tweet' }).getByLabel('Message');
    const border = await message.evaluate((element) => getComputedStyle(element).borderTopColor);
    expect(contrastRatio(border, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
  });

  it('the keyboard meets a skip link first, and it leads to the main content', async () => {
    const { page } = await env.newPage({ width: 1366, height: 768 });
    await page.goto(env.app.url, { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the main content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('the sign-in card is centred; the font stack has an emoji font', async () => {
    const { page } = await env.newPage({ width: 1366, height: 768 });
    await page.goto(env.app.url, { waitUntil: 'networkidle' });
    const card = await page.locator('.sign-in').evaluate((element) => {
      const { left, right } = element.getBoundingClientRect();
      return { left, right };
    });
    expect(Math.abs(card.left - (1366 - card.right))).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily)).toMatch(/Emoji/);
  });

  it('at 800 px the signed-in supervisor’s header (two connections) takes at most three rows, the panel the full width, and the state filters line up', async () => {
    const { page } = await env.newPage({ width: 800, height: 900 });
    const panel = await signInThroughForm(page, env.app.url, 'supervisor');
    await connectionStatus(page, 'Team feed').waitFor();
    const header = await page.getByRole('banner').evaluate((banner) => {
      // The product name, each connection status (GWS's and the team feed's), the user, Sign out (no Ready / Not Ready: no account).
      const parts = banner.querySelectorAll('.app-header__product, .live-connection, .session-header > *, .ready-control > *');
      // A row: parts whose vertical middles lie within 12 px of each other.
      const middles = [...parts].map((part) => (part.getBoundingClientRect().top + part.getBoundingClientRect().bottom) / 2).sort((a, b) => a - b);
      return { parts: parts.length, rows: middles.filter((middle, index) => index === 0 || middle - (middles[index - 1] ?? 0) > 12).length };
    });
    expect(header.parts).toBe(5);
    expect(header.rows).toBeLessThanOrEqual(3);
    // No Compose beside it: the panel spans the main area.
    expect(await page.getByRole('region', { name: 'Compose tweet' }).count()).toBe(0);
    const [panelBox, mainBox] = await Promise.all([panel.boundingBox(), page.locator('main').boundingBox()]);
    expect(panelBox?.width ?? 0).toBeGreaterThan((mainBox?.width ?? Infinity) * 0.9);
    const offsets = await page.locator('.state-filter').evaluateAll((filters) =>
      filters.map((filter) => {
        const [label, count] = [filter.querySelector('.state-filter__label'), filter.querySelector('.state-filter__count')];
        const middle = (element: Element | null) => (element ? (element.getBoundingClientRect().top + element.getBoundingClientRect().bottom) / 2 : NaN);
        return Math.abs(middle(label) - middle(count));
      }),
    );
    expect(offsets.length).toBeGreaterThan(3);
    for (const offset of offsets) expect(offset).toBeLessThanOrEqual(1);
  });
});
