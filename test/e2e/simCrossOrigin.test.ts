import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { simRead } from '../support/simControl';
import { appInChromium } from './support/appInChromium';
import { signInThroughForm } from './support/signIn';

// Another page on this machine (another port of 127.0.0.1: same-site; localhost: cross-site) tries
// the simulator's control API of the production build (`npm run serve`) from Chromium: expire every
// session, publish a fake notification, reset, read the stats — with CORS fetches, a no-cors fetch
// and a text/plain form. Nothing may happen, whatever Vite's CORS setting.

const env = appInChromium();
let attacker: Server;
let attackerPort: number;

/** The other page: its script attacks on load; `window.attack` resolves to what it could see. */
function attackerPage(appUrl: string): string {
  const publishBody = JSON.stringify({ channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 'FAKE', state: 'Sent' } } });
  return `<!doctype html><meta charset="utf-8"><title>another page</title>
<iframe name="sink"></iframe>
<form method="POST" action="${appUrl}/sim/reset" enctype="text/plain" target="sink"><input name='{"x":"' value='"}'></form>
<script>
const app = ${JSON.stringify(appUrl)};
const json = { 'Content-Type': 'application/json' };
const status = (request) => request.then((r) => r.status, (e) => 'blocked: ' + e.name);
window.attack = (async () => {
  const seen = {
    faults: await status(fetch(app + '/sim/faults', { method: 'POST', headers: json, body: '{"expireSessions":true}' })),
    publish: await status(fetch(app + '/sim/publish', { method: 'POST', headers: json, body: ${JSON.stringify(publishBody)} })),
    reset: await status(fetch(app + '/sim/reset', { method: 'POST', headers: json, body: '{}' })),
    noCors: await status(fetch(app + '/sim/faults', { method: 'POST', mode: 'no-cors', body: '{"expireSessions":true}' })),
    stats: await fetch(app + '/sim/stats').then((r) => r.text(), (e) => 'blocked: ' + e.name),
  };
  document.forms[0].submit();
  return seen;
})();
</script>`;
}
/** Requests one visit of the other page makes to /sim: 3 CORS fetches, 1 no-cors, 1 GET, 1 form. */
const attemptsPerVisit = 6;

const seenSchema = z.object({
  faults: z.union([z.literal(403), z.string().check(z.startsWith('blocked'))]),
  publish: z.union([z.literal(403), z.string().check(z.startsWith('blocked'))]),
  reset: z.union([z.literal(403), z.string().check(z.startsWith('blocked'))]),
  /** An opaque answer: the page learns nothing. */
  noCors: z.literal(0),
  stats: z.string(),
});

const statsSchema = z.looseObject({
  controlRefused: z.number(),
  notificationsPublished: z.number(),
  httpSessions: z.number(),
  sessions: z.number(),
  operations: z.record(z.string(), z.number()),
  faults: z.unknown(),
});

/** The simulator's own view, asked from Node (no Origin: local tooling). */
async function simStats(): Promise<z.infer<typeof statsSchema>> {
  return statsSchema.parse(await simRead(env.app, '/sim/stats'));
}

beforeAll(async () => {
  attacker = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(attackerPage(env.app.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  const address = attacker.address();
  if (address === null || typeof address === 'string') throw new Error(`the other page's server has no TCP port (${String(address)})`);
  attackerPort = (address satisfies AddressInfo).port;
});

afterAll(async () => {
  attacker?.closeAllConnections();
  await new Promise((resolve) => attacker?.close(resolve));
});

async function visitAttacker(page: Page, host: string): Promise<z.infer<typeof seenSchema>> {
  await page.goto(`http://${host}:${attackerPort}/`);
  return seenSchema.parse(await page.evaluate('window.attack'));
}

describe("another local page cannot drive the simulator's control API (Chromium, production build)", () => {
  it('an agent signed in through the app stays signed in; nothing published, reset or read; every attempt refused', async () => {
    const agent = await env.newPage();
    await signInThroughForm(agent.page, env.app.url, 'agent1');
    const banner = agent.page.getByRole('banner');
    await banner.getByRole('status').filter({ hasText: 'Twitter: Not Ready' }).waitFor();
    const before = await simStats();
    expect(before).toMatchObject({ controlRefused: 0, httpSessions: 1 });
    expect(before.sessions).toBeGreaterThanOrEqual(1);

    const other = await env.newPage();
    for (const host of ['127.0.0.1', 'localhost']) {
      const seen = await visitAttacker(other.page, host);
      expect(seen.stats, `${host}: /sim/stats must not be readable`).not.toMatch(/"notificationsPublished"/);
    }
    // Every attempt reached the simulator and was refused (this also waits for the form's POST).
    await expect.poll(async () => (await simStats()).controlRefused, { timeout: 10_000 }).toBe(2 * attemptsPerVisit);

    // A legitimate request afterwards: the agent's session still works (expired, it would 401 and sign out).
    await banner.getByRole('button', { name: 'Ready', exact: true }).click();
    await banner.getByRole('status').filter({ hasText: 'Twitter: Ready' }).waitFor();
    const after = await simStats();
    expect(after.notificationsPublished).toBe(before.notificationsPublished + 1); // Ready's, no fake one
    expect(after.operations).toEqual({ ...before.operations, Ready: 1 }); // counters kept: no reset
    expect(after).toMatchObject({ controlRefused: 2 * attemptsPerVisit, httpSessions: 1, sessions: before.sessions, faults: before.faults });
    await expect(agent.page.getByLabel('Username').count()).resolves.toBe(0);
    expect(agent.problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
