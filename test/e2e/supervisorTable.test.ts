import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simControl } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { expectNoSeriousViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { signedInPage } from './support/signIn';

// The supervisor's tweet table in Chromium (production build + simulator + team feed): one line per
// tweet, the page itself never scrolls on a desktop screen, the keyboard moves through the rows and
// the selected tweet opens beside the table.

const env = appInChromium({ twitterDelayMs: 30 });

beforeEach(() => env.resetSimulator());

const grid = (panel: Locator) => panel.getByRole('grid', { name: 'Outbound tweets' });
const detail = (panel: Locator) => panel.getByRole('region', { name: /selected tweet/ });

/** How the table lies on the screen: rows wholly inside its scroll box, and whether the page scrolls. */
function tableLayout(page: Page) {
  return page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]');
    const box = grid?.parentElement;
    if (!grid || !box) throw new Error('no tweet table');
    const inside = box.getBoundingClientRect();
    const rows = [...grid.querySelectorAll('[role="row"][aria-rowindex]')].slice(1).map((row) => row.getBoundingClientRect());
    const visible = rows.filter((row) => row.top >= inside.top && row.bottom <= inside.bottom && row.top < window.innerHeight);
    return {
      rowsInView: visible.length,
      pageScrolls: document.scrollingElement ? document.scrollingElement.scrollHeight > window.innerHeight : true,
      tableScrolls: box.scrollHeight > box.clientHeight,
      heights: [...new Set(rows.map((row) => Math.round(row.height)))],
    };
  });
}

/** The aria-rowindex of the rows drawn, in screen order, and whether each starts where the one before ends. */
function drawnRows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="grid"] [role="row"][data-index]')]
      .map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), top: row.getBoundingClientRect().top, bottom: row.getBoundingClientRect().bottom }))
      .sort((a, b) => a.top - b.top),
  );
}

describe('the supervisor’s tweet table', () => {
  it('shows ≥ 25 one-line rows at 1920×1080 and rows on the first screen at 1366×768, in one scroll box (the page does not scroll)', async () => {
    const { page, panel, problems } = await signedInPage(env, 'supervisor', { width: 1920, height: 1080 }, { teamFeed: true });
    await simControl(env.app, '/sim/load', { agents: 5, perSecond: 100, seconds: 1.5 });
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent(), { timeout: 15_000 }).toBe('Sent 150');

    const wide = await tableLayout(page);
    expect(wide).toMatchObject({ pageScrolls: false, tableScrolls: true, heights: [28] });
    expect(wide.rowsInView).toBeGreaterThanOrEqual(25);
    await screenshot(page, 'supervisor-table', { fullPage: false });

    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => (await tableLayout(page)).pageScrolls).toBe(false);
    expect((await tableLayout(page)).rowsInView).toBeGreaterThanOrEqual(8);

    // Gap-free far down the list: rows follow each other to the pixel, their indexes too.
    await grid(panel).evaluate((element) => element.parentElement?.scrollTo({ top: 100 * 28 }));
    await expect.poll(async () => (await drawnRows(page))[0]?.index ?? 0).toBeGreaterThan(90);
    const rows = await drawnRows(page);
    for (const [i, row] of rows.entries()) {
      const previous = rows[i - 1];
      if (previous) expect([row.index - previous.index, Math.round(row.top - previous.bottom)]).toEqual([1, 0]);
    }
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('moves through the rows with the keyboard, opens the focused tweet beside the table, sorts by a column, and passes axe', async () => {
    const { page, panel, problems } = await signedInPage(env, 'supervisor', { width: 1600, height: 1000 }, { teamFeed: true });
    await simControl(env.app, '/sim/load', { agents: 3, perSecond: 30, seconds: 1 });
    await expect.poll(() => panel.getByRole('button', { name: /^Sent \d+$/ }).textContent(), { timeout: 15_000 }).toBe('Sent 30');

    // Tab reaches the grid's one tab stop (the first row's first cell) after the table's sort buttons.
    await grid(panel).getByRole('button', { name: /userData/ }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'))).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Both presses count even when the second comes before the focus has followed the first (it moves
    // on the next frame): before that was fixed, this failed now and then in full runs, the second
    // press moving from the first row again (selected row 3, not 4).
    const selected = grid(panel).getByRole('row', { selected: true });
    await expect.poll(() => selected.getAttribute('aria-rowindex')).toBe('4');
    const third = (await selected.getByRole('gridcell').nth(5).textContent()) ?? '';
    expect(third).toMatch(/^Load tweet #\d+ from loadagent\d/);
    await expect.poll(() => detail(panel).textContent()).toContain(third);
    // Others' tweets get no actions, even in the detail pane; the userData table is there in full.
    expect(await detail(panel).getByRole('button', { name: /Cancel draft|Complete/ }).count()).toBe(0);
    expect(await detail(panel).getByRole('table', { name: /userData of tweet/ }).getByText('ConsoleQueue').count()).toBe(1);
    await expectNoSeriousViolations(page, 'supervisor table with the detail pane open');

    // Sorted by agent, A → Z: the first row is loadagent1's.
    const agentHeader = grid(panel).getByRole('columnheader', { name: /Agent/ });
    await agentHeader.getByRole('button').click();
    expect(await agentHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => grid(panel).getByRole('row').nth(1).getByRole('gridcell').nth(3).textContent()).toBe('loadagent1');

    await page.keyboard.press('Escape');
    expect(await detail(panel).count()).toBe(1); // Escape only acts inside the grid
    await detail(panel).getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Enter');
    expect(await detail(panel).count()).toBe(0);
    // The focus goes back to the table, where it was.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
