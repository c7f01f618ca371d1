import { CometD, type Message } from 'cometd';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/gws/schemas';
import { StatusCode } from '../../src/gws/statusCodes';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import './support/notificationListener';
import { basicAuthorization, RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { control, expectPlainAck, queuePath, referenceIdOf } from './support/tweetFlows';

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 10 });
});

afterAll(async () => {
  await sim?.close();
});

const handshakeBody = JSON.stringify([
  { channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'], id: '1' },
]);

describe('Basic authentication', () => {
  it.each([
    ['no credentials', null],
    ['a wrong password', basicAuthorization('agent1', 'nope')],
    ['an unknown user', basicAuthorization('mallory', 'password')],
    ['a malformed header', 'Basic !!!'],
  ])('REST with %s → 401, WWW-Authenticate and statusCode 20 (not authenticated)', async (_what, authorization) => {
    const rest = new RestClient(sim.url, 'agent1');
    const answer = await rest.get('/api/v2/me', { authorization });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    // [doc] ReturnValues: 20 "User is not authenticated. Any subsequent request should provide credentials"
    const body = errorBodySchema.parse(answer.json);
    expect(body.statusCode).toBe(StatusCode.NotAuthenticated);
    expect(Object.keys(answer.json ?? {}).sort()).toEqual(['statusCode', 'statusMessage']);
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  it('the CometD handshake without valid credentials → HTTP 401', async () => {
    for (const authorization of [undefined, basicAuthorization('agent1', 'wrong')]) {
      const response = await fetch(`${sim.url}/api/v2/notifications/handshake`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: handshakeBody,
      });
      expect(response.status).toBe(401);
    }
    const ok = await fetch(`${sim.url}/api/v2/notifications/handshake`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basicAuthorization('agent1', 'password') },
      body: handshakeBody,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject([{ channel: '/meta/handshake', successful: true }]);
  });

  it('a real cometd client with a wrong password never gets a session', async () => {
    const before = await simStats(sim.url);
    const cometd = new CometD();
    cometd.unregisterTransport('websocket');
    cometd.configure({
      url: `${sim.url}/api/v2/notifications`,
      requestHeaders: { Authorization: basicAuthorization('agent2', 'wrong') },
      logLevel: 'warn',
    });
    const reply = await new Promise<Message>((resolve) => cometd.handshake(resolve));
    cometd.disconnect();
    expect(reply.successful).toBe(false);
    const after = await simStats(sim.url);
    expect(after.sessions).toBe(before.sessions);
    expect(after.unauthorized).toBeGreaterThan(before.unauthorized);
  });
});

describe('JSESSIONID and CSRF', () => {
  it('sets an HttpOnly JSESSIONID on Path=/ and answers every GET with the CSRF header pair', async () => {
    const rest = new RestClient(sim.url, 'agent1');
    const first = await rest.get('/api/v2/me');
    expect(first.headers.get('set-cookie')).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/);
    expect(first.headers.get('x-csrf-header')).toBe('X-CSRF-TOKEN');
    expect(first.headers.get('x-csrf-token')).toMatch(/^[0-9a-f-]{36}$/);
    const second = await rest.get('/api/v2/me/tweets?fields=*');
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(second.headers.get('x-csrf-token')).toBe(first.headers.get('x-csrf-token'));
  });

  it('POST without the token, or with another session\'s token → 403 "Missing or invalid Csrf token"', async () => {
    const rest = new RestClient(sim.url, 'agent1');
    const other = new RestClient(sim.url, 'agent1');
    await rest.get('/api/v2/me');
    await other.get('/api/v2/me');
    const before = await simStats(sim.url);
    const none = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }, { csrf: 'none' });
    expect(none.status).toBe(403);
    expect(none.text).toBe('Missing or invalid Csrf token');
    const foreign = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }, { csrf: { token: other.csrfToken ?? '' } });
    expect(foreign.status).toBe(403);
    const after = await simStats(sim.url);
    expect(after.csrfRejected - before.csrfRejected).toBe(2);
    expect(after.operations.Create ?? 0).toBe(before.operations.Create ?? 0);
  });

  it('rotateCsrf → the old token gets 403 → a GET refreshes it → the POST succeeds', async () => {
    const rest = new RestClient(sim.url, 'agent2');
    await rest.get('/api/v2/me');
    const oldToken = rest.csrfToken;
    const rotated = await control(sim.url, '/sim/faults', { rotateCsrf: true });
    expect(rotated).toMatchObject({ ok: true });
    const before = await simStats(sim.url);

    const refused = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
    expect(refused.status).toBe(403);
    expect(refused.text).toBe('Missing or invalid Csrf token');

    await rest.get('/api/v2/me');
    expect(rest.csrfToken).not.toBe(oldToken);
    referenceIdOf(await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const after = await simStats(sim.url);
    expect(after.csrfRejected - before.csrfRejected).toBe(1);
    expect((after.operations.Create ?? 0) - (before.operations.Create ?? 0)).toBe(1);
  });

  it('EndContactCenterSession invalidates the HTTP session: its token no longer works', async () => {
    const rest = new RestClient(sim.url, 'agent3');
    expectPlainAck(await rest.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['twitter'] }));
    const oldSession = rest.sessionId;
    const end = await rest.post('/api/v2/me', { operationName: 'EndContactCenterSession' });
    expectPlainAck(end);
    expect(end.headers.get('set-cookie')).toMatch(/^JSESSIONID=;.*Max-Age=0/);

    const stale = await rest.request('POST', '/api/v2/me/tweets', {
      body: { operationName: 'Create', queuePath },
      csrf: 'session',
    });
    expect(stale.status).toBe(403);
    const fresh = await rest.get('/api/v2/me');
    expect(fresh.status).toBe(200);
    expect(rest.sessionId).not.toBe(oldSession);
  });

  it('a JSESSIONID of another user is not reused: the request gets its own session', async () => {
    const agent1 = new RestClient(sim.url, 'agent1');
    await agent1.get('/api/v2/me');
    const agent2 = new RestClient(sim.url, 'agent2');
    agent2.sessionId = agent1.sessionId;
    const answer = await agent2.get('/api/v2/me');
    expect(answer.json).toMatchObject({ user: { userName: 'agent2' } });
    expect(agent2.sessionId).not.toBe(agent1.sessionId);
  });
});

describe('POST /sim/config {csrfHeaderName}', () => {
  it('renames the CSRF request header at once: GETs announce it, POSTs must use it', async () => {
    const rest = new RestClient(sim.url, 'agent2');
    await rest.get('/api/v2/me');
    expect(await control(sim.url, '/sim/config', { csrfHeaderName: 'X-Other-Csrf' })).toMatchObject({ config: { csrfHeaderName: 'X-Other-Csrf' } });
    try {
      const before = await simStats(sim.url);
      const stale = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
      expect(stale.status).toBe(403);
      expect(stale.text).toBe('Missing or invalid Csrf token');

      const fresh = await rest.get('/api/v2/me');
      expect(fresh.headers.get('x-csrf-header')).toBe('X-Other-Csrf');
      expect(rest.csrfHeaderName).toBe('X-Other-Csrf');
      referenceIdOf(await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
      expect((await simStats(sim.url)).csrfRejected - before.csrfRejected).toBe(1);
    } finally {
      await control(sim.url, '/sim/config', { csrfHeaderName: 'X-CSRF-TOKEN' });
    }
  });

  it('refuses a name that is not an HTTP header name', async () => {
    for (const csrfHeaderName of ['', 'X CSRF', 'X-CSRF:TOKEN', 42]) {
      const response = await fetch(`${sim.url}/sim/config`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ csrfHeaderName }),
      });
      expect(response.status, String(csrfHeaderName)).toBe(400);
    }
  });
});
