import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { simControl } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { screenshot } from './support/screenshots';
import { sendFromComposeForm } from './support/compose';
import { signedInPage } from './support/signIn';
import { connectionState } from './support/teamFeed';

// The supervisor's dashboard in Chromium (production build + simulator + team feed): agent1 and
// agent2 send through their compose forms while the supervisor watches the per-agent table, the
// charts, an alert set in the UI, and exports the list as CSV.

const env = appInChromium({ twitterDelayMs: 30 });
const viewport = { width: 1600, height: 1000 };

beforeEach(() => env.resetSimulator());

const signedIn = (user: string) => signedInPage(env, user, viewport);
/** The rows of the supervisor's tweet table (not its header row). */
const tweetRows = (panel: Locator) => panel.getByRole('grid').getByRole('row').filter({ has: panel.page().getByRole('gridcell') });

describe('the supervisor’s dashboard (per-agent table, charts, alerts, export)', () => {
  it('counts per agent (a count filters the list), draws the charts with data, fires an alert at its threshold, and exports the view as CSV', async () => {
    const [supervisor, agent1, agent2] = await Promise.all([signedIn('supervisor'), signedIn('agent1'), signedIn('agent2')]);
    const { page, panel } = supervisor;
    await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');

    // The alert threshold, set in the UI before anything fails.
    const errorsAt = panel.getByLabel('Errors per minute at or above');
    await errorsAt.fill('1');
    await errorsAt.press('Enter');

    await sendFromComposeForm(agent1.page, 'gc_support', '=HYPERLINK("http://evil.example","click me")');
    await sendFromComposeForm(agent2.page, 'gc_care', 'A refund is on its way');
    // Twitter refuses agent2's next Send: an Error on the team's list.
    await simControl(env.app, '/sim/faults', { failNext: { errorMessage: 'Status is a duplicate.', operationName: 'Send' } });
    const compose2 = agent2.page.getByRole('region', { name: 'Compose tweet' });
    await compose2.getByLabel('Message').fill('A refund is on its way');
    await compose2.getByRole('button', { name: 'Send tweet' }).click();
    await expect.poll(() => compose2.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('Status is a duplicate.');

    // Per agent: agent1 1 Sent; agent2 1 Sent and 1 Error (a warning); agent3 listed with nothing.
    const table = panel.getByRole('table', { name: 'Tweets per agent' });
    await expect.poll(() => table.getByRole('button', { name: '1 Error tweets of agent2: list them' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await table.getByRole('rowheader', { name: /agent3/ }).count()).toBe(1);
    expect(await table.getByRole('button', { name: '1 Sent tweets of agent1: list them' }).count()).toBe(1);
    await table.getByRole('button', { name: '1 Error tweets of agent2: list them' }).click();
    await expect.poll(() => tweetRows(panel).count()).toBe(1);
    expect(await tweetRows(panel).textContent()).toContain('Status is a duplicate.');
    await panel.getByRole('button', { name: /^All \d+$/ }).click();
    await panel.getByRole('combobox', { name: 'Agent' }).selectOption({ label: 'All agents' });
    await expect.poll(() => tweetRows(panel).count()).toBe(3);

    // The charts are drawn, with points above zero (Composing and Sent this minute, one error).
    const states = panel.getByRole('figure', { name: 'Tweets per minute by state' });
    const errors = panel.getByRole('figure', { name: 'Errors per minute' });
    await expect.poll(() => states.getAttribute('data-chart'), { timeout: 10_000 }).toBe('drawn');
    await expect.poll(async () => Number(await states.getAttribute('data-points')), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => Number(await errors.getAttribute('data-points')), { timeout: 5_000 }).toBe(1);
    expect(await states.locator('canvas').count()).toBeGreaterThan(0);

    // The alert: a banner, the count in the title.
    const banner = page.getByRole('alert').filter({ hasText: 'in the last minute' });
    await expect.poll(() => banner.textContent(), { timeout: 5_000 }).toContain('1 error in the last minute (alert at 1)');
    expect(await page.title()).toMatch(/^\(1\) /);

    // Export: the current view, RFC 4180, a formula neutralised.
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Export CSV \(3 tweets\)$/ }).click()]);
    const path = await download.path();
    const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,state,stuck,agent,from,created,sent,composing_to_sent_s,error,message,twitter_link,queue');
    expect(lines.filter((line) => line !== '')).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click me"")"`);
    // The refused draft: GWS had its words only in the Send that failed, so the team sees whose it is and why.
    expect(csv).toMatch(/,Error,no,agent2,,[\d-]+T[\d:.]+Z,,,Status is a duplicate\.,,,Twitter outbound\r\n/);
    expect(download.suggestedFilename()).toMatch(/^outbound-tweets-\d{8}-\d{4}\.csv$/);
    // Export scrolled the side column down to its button: the screenshot shows it from the top (alerts first).
    await page.evaluate(() => {
      for (const element of document.querySelectorAll('*')) if (element.scrollTop > 0) element.scrollTop = 0;
    });
    await screenshot(page, 'supervisor-dashboard', { fullPage: false });
    expect(supervisor.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
