import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simControl, simRead } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { expectNoSeriousViolations, seriousViolations } from './support/axe';
import { sendFromComposeForm } from './support/compose';
import { signInThroughForm } from './support/signIn';
import { connectionState, publishOnTeamFeed, statusChange, teamFeedEnvelope } from './support/teamFeed';

// axe-core on the sign-in page, the compose form, the agent's panel and the supervisor view, with
// the production Content-Security-Policy left on (support/axe.ts). 0 serious or critical violations.
// Also: the Supervisor view switch and a state filter work from the keyboard alone. (The team
// dashboard with its agents and the "no team feed" view: teamFeed.test.ts.)

const env = appInChromium({ twitterDelayMs: 30 });

const viewport = { width: 1280, height: 1000 };

/** The rows of the supervisor's tweet table (not its header row); a row's text starts with its state. */
const tweetRows = (panel: Locator) => panel.getByRole('grid').getByRole('row').filter({ has: panel.page().getByRole('gridcell') });

/** The supervisor, signed in on a page of its own, with tweets from simulated agents in the panel (through the team feed). */
async function supervisorWithTweets() {
  const { page, problems } = await env.newPage(viewport);
  const panel = await signInThroughForm(page, env.app.url, 'supervisor');
  await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');
  await simControl(env.app, '/sim/load', { agents: 3, perSecond: 30, seconds: 0.3 });
  // The load over and its tweets Sent: no row changes under the clicks that follow (rows are keyed by position).
  const loadRunning = async () => {
    const stats = await simRead(env.app, '/sim/stats');
    return typeof stats === 'object' && stats !== null && 'loadRunning' in stats ? stats.loadRunning : undefined;
  };
  await expect.poll(loadRunning, { timeout: 10_000 }).toBe(false);
  await expect.poll(() => tweetRows(panel).filter({ hasText: /^Sent/ }).count(), { timeout: 10_000 }).toBeGreaterThan(3);
  await expect.poll(() => tweetRows(panel).filter({ hasText: /^Composing/ }).count(), { timeout: 10_000 }).toBe(0);
  return { page, problems, panel };
}

describe('accessibility (axe-core, production build + CSP, Chromium)', () => {
  it('the sign-in page has no serious or critical violations', async () => {
    const { page, problems } = await env.newPage(viewport);
    await page.goto(env.app.url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoSeriousViolations(page, 'sign-in page');

    // The check itself works: a nameless button added to the page is reported (critical), then removed.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'axe-probe' })));
    expect((await seriousViolations(page)).map((violation) => violation.id)).toContain('button-name');
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());

    // A failed sign-in shows its error next to the form: checked too.
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').first().waitFor();
    await expectNoSeriousViolations(page, 'sign-in page with an error');
    // The wrong password's 401 is logged by Chromium itself; nothing else may be.
    const unexpected = problems.consoleErrors.filter((line) => !/status of 401 .*\/api\/v2\/me\?subresources=\*/.test(line));
    expect({ ...problems, consoleErrors: unexpected }).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('the compose form and the agent’s panel (with a Sent tweet, userData open) have none', async () => {
    const { page, problems } = await env.newPage(viewport);
    const panel = await signInThroughForm(page, env.app.url, 'agent1');
    const compose = page.getByRole('region', { name: 'Compose tweet' });
    await expectNoSeriousViolations(page, 'console after sign-in (empty panel)');

    // Over the limit: the highlighted part of the message is checked as well.
    await compose.getByLabel('Message').fill('x'.repeat(300));
    await expectNoSeriousViolations(page, 'compose form, message over 280');

    const message = `Accessible hello from agent1 ${Date.now()}`;
    await sendFromComposeForm(page, 'gc_support', message);
    const row = panel.getByRole('article', { name: /Sent$/ }).filter({ hasText: message });
    await row.waitFor({ timeout: 10_000 });
    // From the keyboard: focus the toggle, Enter.
    await row.getByRole('button', { name: /^userData/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => row.getByRole('button', { name: /^userData/ }).getAttribute('aria-expanded')).toBe('true');
    await row.getByRole('table', { name: /^userData of tweet / }).waitFor();
    await expectNoSeriousViolations(page, 'compose form + agent panel');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('the supervisor view (tweets from simulated agents, a filter on) has none', async () => {
    const { page, problems, panel } = await supervisorWithTweets();
    expect(await panel.getByRole('switch', { name: 'Supervisor view' }).getAttribute('aria-checked')).toBe('true');
    // A long message (clipped, with Show all) and a state the panel does not know.
    const twitter = { id: 'A11YLONGMESSAGE1', state: 'Processing', twitterType: 'Outbound', from: 'gc_support', message: 'A long message. '.repeat(60), userData: {} };
    await publishOnTeamFeed(env.app, teamFeedEnvelope('agent1', statusChange(twitter)));
    // Its row, opened beside the table: the message is clipped there, with Show all.
    await tweetRows(panel).filter({ hasText: 'A long message.' }).getByRole('gridcell').first().click();
    await panel.getByRole('button', { name: /^Show all \(960 characters\)$/ }).waitFor();
    await expectNoSeriousViolations(page, 'supervisor view, a tweet selected');

    await panel.getByRole('button', { name: /^Sent \d+$/ }).click();
    await panel.getByRole('button', { name: 'Pause live updates' }).click();
    await expectNoSeriousViolations(page, 'supervisor view, Sent filter, paused');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('the Supervisor view switch and a state filter work from the keyboard alone', async () => {
    const { page, problems, panel } = await supervisorWithTweets();
    const supervisorSwitch = panel.getByRole('switch', { name: 'Supervisor view' });

    await supervisorSwitch.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => supervisorSwitch.getAttribute('aria-checked')).toBe('false');
    expect(await panel.getByRole('group', { name: 'Tweets per state (filter)' }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => supervisorSwitch.getAttribute('aria-checked')).toBe('true');

    // Tab from the switch to the "Sent" filter: every stop on the way is a visible control.
    const sent = panel.getByRole('button', { name: /^Sent \d+$/ });
    let reached = false;
    for (let presses = 0; presses < 60 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const focused = document.activeElement;
        return focused instanceof HTMLElement ? { visible: focused.checkVisibility(), what: focused.outerHTML.slice(0, 80) } : { visible: false, what: 'nothing' };
      });
      expect(stop.visible, `a Tab stop is visible: ${stop.what}`).toBe(true);
      reached = await sent.evaluate((button) => button === document.activeElement);
    }
    expect(reached, 'Tab reaches the Sent filter').toBe(true);
    const total = await tweetRows(panel).count();
    await page.keyboard.press('Enter');
    await expect.poll(() => sent.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => tweetRows(panel).filter({ hasNotText: /^Sent/ }).count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => sent.getAttribute('aria-pressed')).toBe('false');
    expect(await tweetRows(panel).count()).toBeGreaterThanOrEqual(total);

    // The focused control shows a visible focus indicator.
    await sent.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await sent.evaluate((button) => {
      const style = getComputedStyle(button);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? style.outlineStyle : style.boxShadow;
    });
    expect(outline).not.toBe('none');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
