import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { startSimulator, type RunningSimulator, type StartSimulatorOptions } from '../../src/simulator/testing';
import { basicAuthorization, RestClient } from './support/restClient';
import { simStats } from './support/simStats';

// The control API under /sim/ has no credentials: local tooling (no Origin, no Sec-Fetch-Site) and
// the app's own pages may use it, another page (another port of localhost included) may not.
// Publishing is bounded in publishes and in bytes queued per second.

let sim: RunningSimulator | undefined;
function running(): RunningSimulator {
  if (!sim) throw new Error('no simulator started');
  return sim;
}
const start = async (options?: StartSimulatorOptions) => (sim = await startSimulator(options));
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Attempt { method: 'GET' | 'POST'; path: string; body?: unknown }
const attempts: Attempt[] = [
  { method: 'GET', path: '/sim/health' },
  { method: 'GET', path: '/sim/stats' },
  { method: 'POST', path: '/sim/publish', body: { channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage' } } },
  { method: 'POST', path: '/sim/faults', body: { expireSessions: true, delayMs: 5_000 } },
  { method: 'POST', path: '/sim/config', body: { twitterDelayMs: 9_999 } },
  { method: 'POST', path: '/sim/load', body: { agents: 1, perSecond: 1, seconds: 1 } },
  { method: 'POST', path: '/sim/reset', body: {} },
];
const refusalSchema = z.object({ ok: z.literal(false), error: z.string().check(z.minLength(1)) });

async function attempt({ method, path, body }: Attempt, headers: Record<string, string> = {}): Promise<Response> {
  const json = body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } };
  return fetch(`${running().url}${path}`, { method, headers, ...json });
}

async function expectRefused(response: Response, status: number): Promise<void> {
  expect(response.status, response.url).toBe(status);
  refusalSchema.parse(await response.json());
}

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe("another page's requests to /sim (403, counted, nothing done)", () => {
  let agent: RestClient;
  beforeEach(async () => {
    agent = new RestClient((await start()).url, 'agent1');
    expect((await agent.get('/api/v2/me')).status).toBe(200);
  });

  const foreign: [string, (url: string) => Record<string, string>][] = [
    ['Origin http://localhost:9999', () => ({ Origin: 'http://localhost:9999' })],
    ['Origin of another port', (url) => ({ Origin: url.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`) })],
    ['Origin null', () => ({ Origin: 'null' })],
    ['Sec-Fetch-Site cross-site', () => ({ 'Sec-Fetch-Site': 'cross-site' })],
    ['Sec-Fetch-Site same-site (another port of localhost)', () => ({ 'Sec-Fetch-Site': 'same-site' })],
  ];
  it.each(foreign)('%s: every /sim route → 403 {ok:false, error}; no effect', async (_, headersFor) => {
    const headers = headersFor(running().url);
    for (const each of [...attempts, { method: 'GET' as const, path: '/sim/no-such-resource' }]) await expectRefused(await attempt(each, headers), 403);

    const stats = await simStats(running().url);
    expect(stats).toMatchObject({ controlRefused: attempts.length + 1, notificationsPublished: 0, loadRunning: false });
    expect(stats.faults).toEqual({ delayMs: 0, dropNotifications: 0 });
    expect(stats.config).toMatchObject({ twitterDelayMs: 300 });
    const me = await agent.get('/api/v2/me');
    expect(me.status).toBe(200);
    expect(me.headers.getSetCookie()).toEqual([]); // the same JSESSIONID, not expired
  });

  it('a CORS preflight (OPTIONS) → 403 without Access-Control-Allow-*, from anywhere', async () => {
    for (const origin of ['http://localhost:9999', running().url]) {
      for (const path of [...attempts.map((a) => a.path), '/sim/avatars/gc_support.svg']) {
        const response = await fetch(`${running().url}${path}`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
        });
        await expectRefused(response, 403);
        expect(corsHeaders(response)).toEqual([]);
      }
    }
    expect((await simStats(running().url)).controlRefused).toBe(2 * (attempts.length + 1));
  });
});

describe('the app’s own pages and local tooling', () => {
  beforeEach(() => start());

  const allowed: [string, (url: string) => Record<string, string>][] = [
    ['no Origin, no Sec-Fetch-Site (curl, Node, the CLI)', () => ({})],
    ['the simulator’s own Origin, Sec-Fetch-Site same-origin', (url) => ({ Origin: url, 'Sec-Fetch-Site': 'same-origin' })],
    ['its own host over https (behind a TLS proxy)', (url) => ({ Origin: url.replace(/^http:/, 'https:') })],
  ];
  it.each(allowed)('%s: every /sim route → 200', async (_, headersFor) => {
    for (const each of attempts) expect((await attempt(each, headersFor(running().url))).status, each.path).toBe(200);
    expect((await simStats(running().url)).controlRefused).toBe(0);
  });

  it('avatars stay public pictures: an <img> of another site gets one (GET only)', async () => {
    const response = await attempt({ method: 'GET', path: '/sim/avatars/gc_support.svg' }, { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Dest': 'image' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(corsHeaders(response)).toEqual([]);
  });
});

/** A CometD session of agent1 subscribed to /v2/me/twitter that never polls (its messages queue up). */
async function stalledSession(): Promise<void> {
  const replies = z.array(z.looseObject({ successful: z.optional(z.boolean()), clientId: z.optional(z.string()) }));
  const bayeux = async (path: string, message: Record<string, unknown>, cookie = '') => {
    const headers = { 'Content-Type': 'application/json', Authorization: basicAuthorization('agent1', 'password'), Cookie: cookie };
    const response = await fetch(`${running().url}/api/v2/notifications${path}`, { method: 'POST', headers, body: JSON.stringify([message]) });
    const [reply] = replies.parse(await response.json());
    expect(reply?.successful).toBe(true);
    return { clientId: reply?.clientId, cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
  };
  const { clientId, cookie } = await bayeux('/handshake', { channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] });
  await bayeux('', { channel: '/meta/subscribe', clientId, subscription: '/v2/me/twitter' }, cookie);
}

const publish = (data: unknown, user?: string) => attempt({ method: 'POST', path: '/sim/publish', body: { user, channel: '/v2/me/twitter', data } });

describe('/sim/publish is bounded', () => {
  it('over maxPublishesPerSecond → 429 {ok:false, error} and nothing published; it refills', async () => {
    await start({ maxPublishesPerSecond: 2 });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => publish({ n })));
    const published = answers.filter((r) => r.status === 200).length;
    expect(published).toBeGreaterThanOrEqual(2);
    expect(published).toBeLessThanOrEqual(5); // 2 at once, then 2 a second
    for (const refused of answers.filter((r) => r.status !== 200)) await expectRefused(refused, 429);
    const stats = await simStats(running().url);
    expect(stats).toMatchObject({ notificationsPublished: published, publishThrottled: 20 - published });
    await expect.poll(async () => (await publish({ later: true })).status, { timeout: 5_000 }).toBe(200);
  });

  it('bytes are charged once per session reached: a publish to every session costs them all', async () => {
    await start({ maxPublishBytesPerSecond: 1_000 });
    for (let n = 0; n < 4; n++) await stalledSession();
    const data = { text: 'x'.repeat(389) }; // 400 bytes of JSON
    const first = await publish(data); // a full bucket: allowed; 4 sessions × 400 = 1,600 charged, 600 owed
    expect(z.object({ ok: z.literal(true), delivered: z.number() }).parse(await first.json()).delivered).toBe(4);
    await expectRefused(await publish(data), 429); // (charged once, 600 would be left: allowed)
    await expect.poll(async () => (await publish(data)).status, { timeout: 5_000 }).toBe(200); // it refills
  });

  it('data nested deeper than the CometD server can serialise is refused (400), and the simulator keeps serving', async () => {
    await start();
    await stalledSession();
    // Written by hand: JSON.stringify itself cannot go that deep.
    const body = `{"channel":"/v2/me/twitter","data":${'['.repeat(6_000)}"bottom"${']'.repeat(6_000)}}`;
    const refused = await fetch(`${running().url}/sim/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(refused.status).toBe(400);
    expect(refusalSchema.parse(await refused.json()).error).toContain('deeper than 256 levels');
    expect((await publish({ still: 'served' })).status).toBe(200);
  });

  it('a publish to every session counts toward maxQueuedPerSession like any notification', async () => {
    await start({ maxQueuedPerSession: 5 });
    await stalledSession();
    for (let n = 0; n < 6; n++) expect((await publish({ n })).status).toBe(200);
    expect(await simStats(running().url)).toMatchObject({ sessionsDropped: 1, sessions: 0 });
  });
});
