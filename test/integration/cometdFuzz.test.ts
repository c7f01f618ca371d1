import { adapt } from 'cometd-nodejs-client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { notificationsPath } from '../../src/gws/channels';
import { createNotificationClient } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { basicAuthorization } from './support/restClient';
import { control } from './support/tweetFlows';

// Whatever a signed-in client POSTs to the CometD endpoint, the simulator answers it (HTTP 200 or
// 400, Bayeux-shaped) and stays up: afterwards the app's notification client still works.

const longPollTimeoutMs = 100;
let sim: RunningSimulator;
const crashes: unknown[] = [];
const logged: unknown[] = [];
const recordCrash = (error: unknown) => crashes.push(error);

beforeAll(async () => {
  adapt();
  process.on('uncaughtExceptionMonitor', recordCrash);
  sim = await startSimulator({ longPollTimeoutMs, maxIntervalMs: 2_000, logError: (message, error) => logged.push({ message, error }) });
});

afterAll(async () => {
  process.off('uncaughtExceptionMonitor', recordCrash);
  await sim?.close();
});

const replySchema = z.array(z.looseObject({ channel: z.string(), successful: z.optional(z.boolean()), clientId: z.optional(z.string()) }));
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const maxBodyBytes = 64 * 1024;

/** A raw POST to the CometD endpoint as agent1: status, the JSON body, and the cookies it sets. */
async function postRaw(suffix: string, body: string, cookie?: string) {
  const response = await fetch(`${sim.url}${notificationsPath}${suffix}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basicAuthorization('agent1', 'password'), ...(cookie ? { Cookie: cookie } : {}) },
    body,
    signal: AbortSignal.timeout(5_000), // a crashed server never answers
  });
  const json: unknown = await response.json();
  return { status: response.status, json, setCookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

/** The same, its body parsed as Bayeux replies. */
async function post(suffix: string, body: string, cookie?: string) {
  const { json, ...rest } = await postRaw(suffix, body, cookie);
  return { ...rest, replies: replySchema.parse(json) };
}

async function handshake(): Promise<{ clientId: string; cookie: string }> {
  const answer = await post('/handshake', JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]));
  const clientId = answer.replies[0]?.clientId;
  if (!clientId) throw new Error(`no handshake: ${JSON.stringify(answer)}`);
  return { clientId, cookie: answer.setCookie };
}

/** The app's own client (createNotificationClient) handshakes, subscribes and receives a notification. */
async function expectNormalClientServed(referenceId: number): Promise<void> {
  const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
  const client = createNotificationClient({ url: new URL(notificationsPath, sim.url).href, authorization: http.authorization, channels: ['/v2/me/*'] });
  const received: GwsNotification[] = [];
  client.onNotification((notification) => received.push(notification));
  try {
    await client.connect();
    const data = { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', referenceId, twitter: { id: `tw-${referenceId}`, state: 'Composing', twitterType: 'Outbound', capabilities: ['Send'] } };
    await control(sim.url, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data });
    await expect.poll(() => received).toContainEqual(expect.objectContaining({ kind: 'tweetState', referenceId }));
  } finally {
    await client.disconnect();
  }
}

describe('the reported case', () => {
  it('handshake, then a /meta/connect whose id is 6,000 nested arrays: refused at once; the server outlives the long-poll timeout and serves others', async () => {
    const session = await handshake();
    const evil = `[{"channel":"/meta/connect","clientId":"${session.clientId}","connectionType":"long-polling","id":${nestedArrays(6_000)}}]`;
    const refused = await post('/connect', evil, session.cookie);
    expect(refused).toMatchObject({ status: 200, replies: [{ channel: '/meta/connect', successful: false, error: '400::id_invalid' }] });

    // The session's own connect is held for the long-poll timeout, then answered: the timeout fired meanwhile.
    const started = performance.now();
    const held = await post('/connect', JSON.stringify([{ channel: '/meta/connect', clientId: session.clientId, connectionType: 'long-polling', id: '2' }]), session.cookie);
    expect(held.replies).toMatchObject([{ channel: '/meta/connect', successful: true, id: '2' }]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(longPollTimeoutMs - 5);

    await expectNormalClientServed(701);
    expect(crashes).toEqual([]);
    expect(logged).toEqual([]);
  });
});

describe('bounds the CometD server keeps', () => {
  it('a session holds at most 64 subscriptions: the 65th is denied (403::subscribe_denied)', async () => {
    const session = await handshake();
    const subscribe = (channels: string[]) =>
      post('/subscribe', JSON.stringify([{ channel: '/meta/subscribe', clientId: session.clientId, subscription: channels }]), session.cookie);
    expect((await subscribe(Array.from({ length: 32 }, (_, i) => `/many/a${i}`))).replies).toMatchObject([{ successful: true }]);
    expect((await subscribe(Array.from({ length: 32 }, (_, i) => `/many/b${i}`))).replies).toMatchObject([{ successful: true }]);
    expect((await subscribe(['/many/c'])).replies).toMatchObject([{ successful: false, error: '403::subscribe_denied' }]);
  });
});

/** JSON text of a field value that is wrong in type, size or depth. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.integer({ min: 17, max: 12_000 }).map(nestedArrays),
  fc.integer({ min: 2, max: 3_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.constantFrom('"constructor"', '"__proto__"', '1e400', '-1', `"${'x'.repeat(300)}"`, '"/meta/other"', '"/v2/*/x"'),
);
const json = (arbitrary: fc.Arbitrary<unknown>) => arbitrary.map((value) => JSON.stringify(value));
const channelName = fc.constantFrom('/v2/me/twitter', '/v2/me/*', '/v2/me/**', '/v2/**', '/service/echo', '/meta/connect', '/x-y/(z)');
/** For each field: JSON texts of values a client could send (most of the time), or hostile ones. */
const validValues: Record<string, fc.Arbitrary<string>> = {
  channel: json(fc.constantFrom('/meta/handshake', '/meta/connect', '/meta/subscribe', '/meta/unsubscribe', '/meta/disconnect', '/service/echo', '/v2/me/twitter')),
  id: json(fc.string({ maxLength: 12 })),
  clientId: fc.oneof(fc.constant('"$clientId"'), json(fc.stringMatching(/^[0-9a-f]{40}$/))),
  subscription: fc.oneof(json(channelName), json(fc.array(channelName, { minLength: 1, maxLength: 4 }))),
  advice: json(fc.record({ timeout: fc.integer({ min: 0, max: 50 }), interval: fc.integer({ min: 0, max: 50 }), reconnect: fc.constant('retry') }, { requiredKeys: [] })),
  ext: fc.oneof(json(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })), fc.constant(`{"a":${nestedArrays(15)}}`)),
  data: fc.oneof(json(fc.jsonValue({ maxDepth: 3 })), fc.constant(nestedArrays(16))),
  connectionType: fc.constant('"long-polling"'),
  version: fc.constant('"1.0"'),
  supportedConnectionTypes: fc.constant('["long-polling"]'),
  other: json(fc.jsonValue({ maxDepth: 2 })),
};
const valueOf = (name: string) => fc.oneof({ weight: 12, arbitrary: validValues[name] ?? hostileValue }, { weight: 1, arbitrary: hostileValue });
const mostly = (name: string) => fc.option(valueOf(name).map((value) => [name, value]), { freq: 8 });
const field = fc.constantFrom(...Object.keys(validValues).filter((name) => !['channel', 'clientId', 'subscription'].includes(name)));
/** Mostly a channel, a clientId and a subscription, and up to four other fields. */
const messageText = fc
  .tuple(mostly('channel'), mostly('clientId'), mostly('subscription'), fc.uniqueArray(field.chain((name) => fc.tuple(fc.constant(name), valueOf(name))), { selector: ([name]) => name, maxLength: 4 }))
  .map(([channel, clientId, subscription, fields]) => {
    const all = [channel, clientId, subscription, ...fields].filter((entry) => entry !== null);
    return `{${all.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
  });
const request = fc
  .record({
  suffix: fc.constantFrom('', '/handshake', '/connect', '/subscribe', '/unsubscribe', '/disconnect'),
  body: fc.oneof(
    { weight: 8, arbitrary: fc.array(messageText, { minLength: 1, maxLength: 3 }).map((messages) => `[${messages.join(',')}]`) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.integer({ min: 51, max: 80 }).map((n) => JSON.stringify(Array.from({ length: n }, () => ({ channel: '/meta/connect', clientId: '$clientId' })))) },
  ),
    cookie: fc.constantFrom('own', 'own', 'own', 'none', 'BAYEUX_BROWSER=constructor', 'BAYEUX_BROWSER=__proto__'),
  })
  // A failure report shows the start of the body only.
  .map((r) => Object.assign(r, { [fc.toStringMethod]: () => JSON.stringify({ ...r, body: r.body.slice(0, 600) }) }));

describe('fuzz (fast-check): types, depths and sizes of every Bayeux field', () => {
  it('every request gets a Bayeux answer (HTTP 200 or 400), nothing throws, and a normal client works afterwards', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ suffix, body, cookie }) => {
        const session = await handshake();
        const cookieHeader = cookie === 'own' ? session.cookie : cookie === 'none' ? undefined : cookie;
        const sent = body.replaceAll('$clientId', session.clientId);
        const answer = await postRaw(suffix, sent, cookieHeader);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (Buffer.byteLength(sent) > maxBodyBytes) {
          expect(answer).toMatchObject({ status: 413, json: { statusCode: 1 } });
          return;
        }
        expect([200, 400]).toContain(answer.status);
        expect(replySchema.parse(answer.json).length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400]));
    expect(crashes).toEqual([]);
    expect(logged).toEqual([]);
    await expectNormalClientServed(702);
  });
});
