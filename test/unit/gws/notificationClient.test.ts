import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNotificationClient, type ConnectionState, type NotificationClient } from '../../../src/gws/cometd';
import { GwsError } from '../../../src/gws/http';
import type { GwsNotification } from '../../../src/gws/schemas';
import { watchLibraryTimers, type LibraryTimers } from '../../support/libraryTimers';
import { startBayeuxTestServer, type BayeuxTestServer } from './support/bayeuxTestServer';

const composing = (referenceId: number, id = `tw-${referenceId}`) => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  referenceId,
  twitter: { id, state: 'Composing', twitterType: 'Outbound', capabilities: ['Send', 'Cancel'] },
});

let server: BayeuxTestServer | undefined;
const clients: NotificationClient[] = [];
let libraryTimers: LibraryTimers | undefined;

beforeAll(() => {
  adapt(); // gives the `cometd` package the window/XMLHttpRequest it expects (browser globals)
});

afterEach(async () => {
  libraryTimers?.restore();
  libraryTimers = undefined;
  await Promise.all(clients.splice(0).map((client) => client.disconnect()));
  await server?.close();
  server = undefined;
});

async function setUp(channels: string[] = ['/v2/me/*'], authorization?: string) {
  server = await startBayeuxTestServer();
  const client = createNotificationClient({ url: server.url, authorization: authorization ?? server.authorization, channels });
  clients.push(client);
  const states: ConnectionState[] = [];
  client.onStateChange((state) => states.push(state));
  const received: { notification: GwsNotification; raw: unknown; channel: string }[] = [];
  client.onNotification((notification, raw, channel) => received.push({ notification, raw, channel }));
  return { server, client, states, received };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('createNotificationClient', () => {
  it('sends the CSRF header of the HTTP session on every Bayeux request, read again each time (as Genesys\'s iOS sample does)', async () => {
    server = await startBayeuxTestServer();
    let token = 'token-1';
    const client = createNotificationClient({
      url: server.url,
      authorization: server.authorization,
      channels: ['/v2/me/*'],
      csrfHeader: () => ({ name: 'X-GWS-CSRF', value: token }),
      backoffIncrementMs: 50,
      maxBackoffMs: 100,
    });
    clients.push(client);
    await client.connect();
    expect(server.headerValues('/meta/handshake', 'x-gws-csrf')).toEqual(['token-1']);

    token = 'token-2'; // the HTTP session renewed its token
    const reestablished = new Promise<void>((resolve) => client.onReestablished(resolve));
    server.forgetSessions();
    await reestablished;
    expect(server.headerValues('/meta/handshake', 'x-gws-csrf').at(-1)).toBe('token-2');
    expect(server.headerValues('/meta/connect', 'authorization').every((value) => value === server?.authorization)).toBe(true);
  });

  it('connects, then delivers parsed notifications with their raw data and channel', async () => {
    const { server, client, states, received } = await setUp();

    await client.connect();
    server.publish('/v2/me/twitter', composing(5));
    await expect.poll(() => received.length).toBe(1);

    expect(client.getState()).toEqual({ status: 'connected' });
    expect(states).toEqual([{ status: 'connecting' }, { status: 'connected' }]);
    expect(received[0]?.channel).toBe('/v2/me/twitter');
    expect(received[0]?.raw).toEqual(composing(5));
    expect(received[0]?.notification).toMatchObject({ kind: 'tweetState', referenceId: 5, tweet: { id: 'tw-5', state: 'Composing' } });
  });

  it('waitForReference finds a notification that arrived before the call', async () => {
    const { server, client, received } = await setUp();
    await client.connect();

    server.publish('/v2/me/twitter', composing(77));
    await expect.poll(() => received.length).toBe(1);

    await expect(client.waitForReference(77, 1_000)).resolves.toMatchObject({ kind: 'tweetState', tweet: { id: 'tw-77' } });
  });

  it('waitForReference resolves on a later notification, and rejects with GwsError timeout when none comes', async () => {
    const { server, client } = await setUp();
    await client.connect();

    const later = client.waitForReference(12, 2_000);
    const never = rejectionOf(client.waitForReference(13, 200));
    server.publish('/v2/me/twitter', composing(12));

    await expect(later).resolves.toMatchObject({ referenceId: 12 });
    const error = await never;
    expect(error).toBeInstanceOf(GwsError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('keeps delivering when a listener throws, and stops calling an unsubscribed listener', async () => {
    const { server, client, received } = await setUp();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unsubscribedCalls: unknown[] = [];
    client.onNotification(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = client.onNotification((notification) => unsubscribedCalls.push(notification));
    await client.connect();

    unsubscribe();
    server.publish('/v2/me/twitter', composing(1));
    server.publish('/v2/me/twitter', { messageType: 'SomethingNew' });
    await expect.poll(() => received.length).toBe(2);

    expect(received[1]?.notification.kind).toBe('unrecognised');
    expect(unsubscribedCalls).toEqual([]);
    expect(consoleError).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });

  it('delivers a message once even when two configured channels match it', async () => {
    const { server, client, received } = await setUp(['/v2/me/*', '/v2/me/twitter']);
    await client.connect();

    server.publish('/v2/me/twitter', composing(2));
    server.publish('/v2/me/twitter', composing(3));
    // A session gets its messages in order: a second copy of 2 or 3 would come before this one.
    server.publish('/v2/me/twitter', composing(4));
    await expect.poll(() => received.some((r) => r.notification.kind === 'tweetState' && r.notification.referenceId === 4)).toBe(true);

    expect(received).toMatchObject([2, 3, 4].map((referenceId) => ({ channel: '/v2/me/twitter', notification: { referenceId } })));
  });

  it('rejects connect() with GwsError unauthorized on HTTP 401, and stops retrying', async () => {
    const { server, client } = await setUp(['/v2/me/*'], 'Basic d3Jvbmc6d3Jvbmc=');
    libraryTimers = watchLibraryTimers();

    const error = await rejectionOf(client.connect());

    expect(error).toBeInstanceOf(GwsError);
    expect(error).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    expect(client.getState()).toEqual({ status: 'disconnected' });
    // A retry waits on a library timer (the backoff); a library that gave up has none left.
    await expect.poll(() => libraryTimers?.pending()).toEqual([]);
    expect(server.count('/meta/handshake')).toBe(1);
  });

  it('rejects connect() when the server denies the handshake, and stops retrying', async () => {
    const { server, client } = await setUp();
    server.denyHandshakes(true);
    libraryTimers = watchLibraryTimers();

    const error = await rejectionOf(client.connect());

    expect(error).toMatchObject({ kind: 'unauthorized' });
    expect(String(error)).toMatch(/handshake/);
    await expect.poll(() => libraryTimers?.pending()).toEqual([]);
    expect(server.count('/meta/handshake')).toBe(1);
    expect(client.getState()).toEqual({ status: 'disconnected' });
  });

  it('rejects connect() when a subscription is refused', async () => {
    const { client } = await setUp(['/v2/me/twitter', '/v2/me/forbidden']);

    const error = await rejectionOf(client.connect());

    expect(error).toBeInstanceOf(GwsError);
    expect(String(error)).toMatch(/\/v2\/me\/forbidden/);
    expect(client.getState()).toEqual({ status: 'disconnected' });
  });

  it('after the server forgot the session: reconnecting, re-handshake, reestablished, subscriptions work again', async () => {
    const { server, client, states, received } = await setUp();
    let reestablished = 0;
    client.onReestablished(() => (reestablished += 1));
    await client.connect();

    server.forgetSessions();
    await expect.poll(() => reestablished, { timeout: 8_000 }).toBe(1);
    server.publish('/v2/me/twitter', composing(9));
    await expect.poll(() => received.length).toBe(1);

    expect(states).toContainEqual({ status: 'reconnecting', attempt: 1 });
    expect(states.at(-1)).toEqual({ status: 'connected' });
    expect(server.count('/meta/handshake')).toBe(2);
    expect(received[0]?.notification).toMatchObject({ referenceId: 9 });
  });

  it('disconnect() stops deliveries; connect() again works without firing reestablished', async () => {
    const { server, client, received } = await setUp();
    let reestablished = 0;
    client.onReestablished(() => (reestablished += 1));
    await client.connect();

    await client.disconnect();
    server.publish('/v2/me/twitter', composing(1));
    expect(client.getState()).toEqual({ status: 'disconnected' });

    // Published later, and received once connected again: had 1 still reached the client, it would be there first.
    await client.connect();
    server.publish('/v2/me/twitter', composing(2));
    await expect.poll(() => received.length).toBeGreaterThanOrEqual(1);
    expect(reestablished).toBe(0);
    expect(received.map((r) => r.notification)).toMatchObject([{ referenceId: 2 }]);
  });

  it('disconnect() during connect() rejects the pending connect()', async () => {
    const { client } = await setUp();

    const connecting = rejectionOf(client.connect());
    await client.disconnect();

    expect(await connecting).toBeInstanceOf(Error);
    expect(client.getState()).toEqual({ status: 'disconnected' });
  });
});
