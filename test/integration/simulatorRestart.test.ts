import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import { appClientsPerTest } from './support/appClientsPerTest';
import { requireReferenceId } from './support/tweetFlows';

// A GWS restart mid-session: the server goes down, then comes back on the same port with no memory
// of the session. The client must notice, keep retrying (backoff ≤ 5 s), re-handshake, re-subscribe
// and tell the app to resync.

const env = appClientsPerTest();

describe('simulator restart on the same port', () => {
  it('reconnecting with attempts while down, then reestablished, resubscribed, and REST resync sees new tweets', async () => {
    const { port, url } = await env.startSimulator({ twitterDelayMs: 0 });
    const http = createGwsHttpClient({ baseUrl: url, username: 'agent1', password: 'password' });
    const client = env.notificationClient(http, ['/v2/me/twitter']);
    const states: ConnectionState[] = [];
    let reestablished = 0;
    client.onStateChange((s) => states.push(s));
    client.onReestablished(() => (reestablished += 1));
    await client.connect();

    await env.stopSimulator();
    await expect.poll(() => client.getState().status, { timeout: 5_000 }).toBe('reconnecting');
    // Down, it keeps trying: a second failed attempt (the first backoff is 0.5 s).
    const attempts = () => Math.max(...states.map((s) => (s.status === 'reconnecting' ? s.attempt : 0)));
    await expect.poll(attempts, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(reestablished).toBe(0);

    await env.startSimulator({ port, twitterDelayMs: 0 });
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
