import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { simControl } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { sendFromComposeForm } from './support/compose';
import { signInThroughForm } from './support/signIn';

// axe-core on the sign-in page, the compose form, the agent's panel and the supervisor view, with
// the production Content-Security-Policy left on: axe's source is evaluated through the DevTools
// protocol (not an inline <script>, which the CSP forbids). 0 serious or critical violations.
// Also: the Supervisor view switch and a state filter work from the keyboard alone.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const env = appInChromium({ twitterDelayMs: 30 });

/** Runs axe on the page (or under `include`), returns the serious and critical violations. */
async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const context = include === undefined ? 'document' : JSON.stringify({ include: [include] });
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  );
  const others = violations.filter((violation) => violation.impact !== 'serious' && violation.impact !== 'critical');
  if (others.length > 0) console.log(`axe, minor/moderate: ${others.map((violation) => `${violation.id} (${violation.impact})`).join(', ')}`);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

async function expectNoSeriousViolations(page: Page, where: string, include?: string): Promise<void> {
  const violations = await seriousViolations(page, include);
  if (violations.length > 0) console.error(`axe violations (${where}):\n${JSON.stringify(violations, null, 2)}`);
  expect(violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}`), where).toEqual([]);
}

const viewport = { width: 1280, height: 1000 };

/** The supervisor, signed in on a page of its own, with tweets from simulated agents in the panel. */
async function supervisorWithTweets() {
  const { page, problems } = await env.newPage(viewport);
  const panel = await signInThroughForm(page, env.app.url, 'supervisor');
  await simControl(env.app, '/sim/load', { agents: 3, perSecond: 30, seconds: 0.3 });
  await expect.poll(() => panel.getByRole('article').count(), { timeout: 10_000 }).toBeGreaterThan(3);
  await expect.poll(() => panel.getByRole('article', { name: /Sent$/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
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
    await simControl(env.app, '/sim/publish', { user: 'supervisor', channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter } });
    await panel.getByRole('button', { name: /^Show all \(960 characters\)$/ }).waitFor();
    await expectNoSeriousViolations(page, 'supervisor view');

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
    for (let presses = 0; presses < 15 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await sent.evaluate((button) => button === document.activeElement);
    }
    expect(reached, 'Tab reaches the Sent filter').toBe(true);
    const total = await panel.getByRole('article').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => sent.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.locator('article[data-state]:not([data-state="Sent"])').count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => sent.getAttribute('aria-pressed')).toBe('false');
    expect(await panel.getByRole('article').count()).toBeGreaterThanOrEqual(total);

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
