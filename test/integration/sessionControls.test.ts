import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGwsHttpClient, isGwsError } from '../../src/gws/http';
import { errorBodySchema } from '../../src/gws/schemas';
import { StatusCode } from '../../src/gws/statusCodes';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { basicAuthorization, RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { control, expectPlainAck, queuePath, referenceIdOf } from './support/tweetFlows';
import { match } from '../asymmetricMatchers';

// The simulator's answers the sign-in and session work depends on: no browser login dialog for
// script requests, expired HTTP sessions, and failures injected into a named operation.

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 10 });
});
afterAll(async () => {
  await sim?.close();
});

describe('401 and the browser login dialog', () => {
  const wrong = basicAuthorization('agent1', 'wrong');

  it('a script request (X-Requested-With: XMLHttpRequest) gets its 401 without WWW-Authenticate; others keep the challenge', async () => {
    const scripted = await fetch(`${sim.url}/api/v2/me`, { headers: { Authorization: wrong, 'X-Requested-With': 'XMLHttpRequest' } });
    expect(scripted.status).toBe(401);
    expect(scripted.headers.get('www-authenticate')).toBeNull();
    expect(errorBodySchema.parse(await scripted.json()).statusCode).toBe(StatusCode.NotAuthenticated);

    const plain = await fetch(`${sim.url}/api/v2/me`, { headers: { Authorization: wrong } });
    expect(plain.status).toBe(401);
    expect(plain.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
  });

  it('the CometD handshake too', async () => {
    const response = await fetch(`${sim.url}/api/v2/notifications/handshake`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: wrong, 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
  });

  it("the app's HTTP client marks its requests, so a wrong password never brings up the dialog", async () => {
    const challenges: (string | null)[] = [];
    const client = createGwsHttpClient({
      baseUrl: sim.url,
      username: 'agent1',
      password: 'wrong',
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        challenges.push(response.headers.get('www-authenticate'));
        return response;
      },
    });
    const failure: unknown = await client.getMe().catch((error: unknown) => error);
    expect(isGwsError(failure, 'unauthorized')).toBe(true);
    expect(challenges).toEqual([null]);
  });
});

describe('POST /sim/faults {expireSessions: true}', () => {
  it('requests with the expired JSESSIONID get 401 and the cookie cleared; a new session works', async () => {
    const rest = new RestClient(sim.url, 'agent1');
    await rest.get('/api/v2/me');
    const expiredId = rest.sessionId;
    expect(expiredId).toBeDefined();
    const before = await simStats(sim.url);

    expect(await control(sim.url, '/sim/faults', { expireSessions: true })).toMatchObject({ ok: true, expiredSessions: match.any(Number) });

    const refused = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
    expect(refused.status).toBe(401);
    // [doc] 20 "User is not authenticated. Any subsequent request should provide credentials"
    expect(errorBodySchema.parse(refused.json)).toEqual({ statusCode: 20, statusMessage: 'Session expired: sign in again' });
    expect(refused.headers.get('set-cookie')).toMatch(/^JSESSIONID=; .*Max-Age=0/);
    expect((await simStats(sim.url)).unauthorized).toBe(before.unauthorized + 1);
    rest.sessionId = expiredId; // a client that kept the cookie anyway
    expect((await rest.get('/api/v2/me')).status).toBe(401);

    const fresh = new RestClient(sim.url, 'agent1');
    expect((await fresh.get('/api/v2/me')).status).toBe(200);
    expect(fresh.sessionId).not.toBe(expiredId);
    referenceIdOf(await fresh.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
  });
});

describe('POST /sim/faults {failNext: {…, operationName}}', () => {
  it('waits for the named operation: Create passes, Send fails', async () => {
    const rest = new RestClient(sim.url, 'agent2');
    await control(sim.url, '/sim/faults', { failNext: { statusCode: 4, statusMessage: 'Down', operationName: 'Send' } });

    referenceIdOf(await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const send = await rest.post('/api/v2/me/tweets/unknown-id', { operationName: 'Send', queuePath, twitter: { from: 'gc_care', message: 'x' } });
    expect(send.status).toBe(500);
    expect(errorBodySchema.parse(send.json)).toEqual({ statusCode: 4, statusMessage: 'Down' });
  });

  it('fails StartContactCenterSession or Ready, which a failNext without a name never does', async () => {
    const rest = new RestClient(sim.url, 'agent3');
    await control(sim.url, '/sim/faults', { failNext: { statusCode: 4 } });
    expectPlainAck(await rest.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['twitter'] }));
    await control(sim.url, '/sim/faults', { failNext: null });

    await control(sim.url, '/sim/faults', { failNext: { statusCode: 4, statusMessage: 'No agent desktop', operationName: 'StartContactCenterSession' } });
    const start = await rest.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['twitter'] });
    expect(errorBodySchema.parse(start.json)).toEqual({ statusCode: 4, statusMessage: 'No agent desktop' });

    await control(sim.url, '/sim/faults', { failNext: { statusCode: 3, operationName: 'Ready' } });
    const ready = await rest.post('/api/v2/me/channels/twitter', { operationName: 'Ready' });
    expect(ready.status).toBe(403);
  });

  it('injects any documented code up to 20, with its HTTP status (20 → 401, as a lost session)', async () => {
    const rest = new RestClient(sim.url, 'agent3');
    await control(sim.url, '/sim/faults', { failNext: { statusCode: 20, operationName: 'NotReady' } });
    const notReady = await rest.post('/api/v2/me/channels/twitter', { operationName: 'NotReady' });
    expect(notReady.status).toBe(401);
    expect(errorBodySchema.parse(notReady.json).statusCode).toBe(20);
    for (const statusCode of [0, 21]) {
      const response = await fetch(`${sim.url}/sim/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ failNext: { statusCode } }),
      });
      expect(response.status).toBe(400);
    }
  });

  it('an Error notification can only be injected into a tweet operation', async () => {
    const response = await fetch(`${sim.url}/sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failNext: { errorMessage: 'x', operationName: 'Ready' } }),
    });
    expect(response.status).toBe(400);
  });
});
