import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { notificationsPath } from '../../src/gws/channels';
import { createNotificationClient, type ConnectionState, type NotificationClient } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { requireReferenceId } from './support/tweetFlows';

// A GWS restart mid-session: the server is down for 5 s, then back on the same port with no memory
// of the session. The client must notice, keep retrying (backoff ≤ 5 s), re-handshake, re-subscribe
// and tell the app to resync.

let sim: RunningSimulator | undefined;
let client: NotificationClient | undefined;
beforeAll(() => adapt());
afterEach(async () => {
  await client?.disconnect();
  await sim?.close();
  sim = client = undefined;
});

describe('simulator restart on the same port', () => {
  it('reconnecting with attempts while down, then reestablished, resubscribed, and REST resync sees new tweets', async () => {
    sim = await startSimulator({ twitterDelayMs: 0 });
    const { port, url } = sim;
    const http = createGwsHttpClient({ baseUrl: url, username: 'agent1', password: 'password' });
    client = createNotificationClient({ url: `${url}${notificationsPath}`, authorization: http.authorization, channels: ['/v2/me/twitter'] });
    const states: ConnectionState[] = [];
    const received: GwsNotification[] = [];
    let reestablished = 0;
    client.onStateChange((s) => states.push(s));
    client.onNotification((n) => received.push(n));
    client.onReestablished(() => (reestablished += 1));
    await client.connect();

    await sim.close();
    sim = undefined;
    await expect.poll(() => client?.getState().status, { timeout: 5_000 }).toBe('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const attempts = Math.max(...states.map((s) => (s.status === 'reconnecting' ? s.attempt : 0)));
    expect(attempts).toBeGreaterThanOrEqual(2);

    sim = await startSimulator({ port, twitterDelayMs: 0 });
    await expect.poll(() => reestablished, { timeout: 12_000, interval: 100 }).toBe(1);
    expect(client.getState()).toEqual({ status: 'connected' });

    // Subscriptions were re-made: a tweet created now is notified.
    await http.getMe();
    const ack = await http.createTweet({ queuePath: '/queues/outbound' });
    const composing = await client.waitForReference(requireReferenceId(ack), 5_000);
    expect(composing).toMatchObject({ kind: 'tweetState', tweet: { state: 'Composing' } });
    // and the REST resync the app runs on `reestablished` lists it
    const listed = (await http.listTweets()).tweets;
    expect(listed.map((t) => t.id)).toContain(composing.kind === 'tweetState' ? composing.tweet.id : '');
  }, 40_000);
});
