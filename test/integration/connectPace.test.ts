import { describe, expect, it } from 'vitest';
import { createGwsHttpClient } from '../../src/gws/http';
import { simControl, simRead } from '../support/simControl';
import { appClientsPerTest } from './support/appClientsPerTest';

// The client waits at least minConnectIntervalMs between a long-poll's answer and the next
// long-poll (Bayeux lets a client exceed the server's `interval` advice): a burst of notifications
// comes in a few answers instead of one round trip each. Counted on the simulator.

const env = appClientsPerTest();

const composing = (n: number) => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  twitter: { id: `PACE${n}`, state: 'Composing', twitterType: 'Outbound' },
});

/** Long-polls (requests under /api) the client made while 30 notifications were published 20 ms apart, and what it received. */
async function burst(minConnectIntervalMs: number) {
  const sim = await env.startSimulator();
  const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
  const client = env.notificationClient(http, ['/v2/me/*'], { minConnectIntervalMs });
  const received: string[] = [];
  client.onNotification((notification) => {
    if (notification.kind === 'tweetState' && notification.tweet) received.push(notification.tweet.id);
  });
  await client.connect();
  const requests = async () => ((await simRead(sim, '/sim/stats')) as { requests: number }).requests;
  const before = await requests();
  for (let n = 0; n < 30; n += 1) {
    await simControl(sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: composing(n) });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await expect.poll(() => received.length).toBe(30);
  const longPolls = (await requests()) - before;
  await client.disconnect();
  await env.stopSimulator();
  return { longPolls, received };
}

describe('the pace between long-polls', () => {
  it('with 300 ms, a 600 ms burst of 30 notifications takes a handful of long-polls; with 0, about one each; nothing lost either way', async () => {
    const paced = await burst(300);
    const unpaced = await burst(0);
    const inOrder = Array.from({ length: 30 }, (_, n) => `PACE${n}`);
    expect(paced.received).toEqual(inOrder);
    expect(unpaced.received).toEqual(inOrder);
    expect(paced.longPolls).toBeLessThanOrEqual(5);
    expect(unpaced.longPolls).toBeGreaterThanOrEqual(20);
  });
});
