import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { listenToNotifications } from './support/notificationListener';
import { basicAuthorization, RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { control, createComposing, listTweets } from './support/tweetFlows';

let sim: RunningSimulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const replySchema = z.array(z.looseObject({ channel: z.string(), successful: z.optional(z.boolean()), clientId: z.optional(z.string()) }));

/** A raw Bayeux client that handshakes and subscribes but never polls: a stalled browser tab. */
async function stalledSession(baseUrl: string): Promise<void> {
  const headers = { 'Content-Type': 'application/json', Authorization: basicAuthorization('agent1', 'password') };
  const handshake = await fetch(`${baseUrl}/api/v2/notifications/handshake`, {
    method: 'POST',
    headers,
    body: JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]),
  });
  const clientId = replySchema.parse(await handshake.json())[0]?.clientId;
  const cookie = handshake.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const subscribe = await fetch(`${baseUrl}/api/v2/notifications`, {
    method: 'POST',
    headers: { ...headers, Cookie: cookie },
    body: JSON.stringify([{ channel: '/meta/subscribe', clientId, subscription: '/v2/me/twitter' }]),
  });
  expect(replySchema.parse(await subscribe.json())[0]?.successful).toBe(true);
}

describe('bounds', () => {
  it('drops a CometD session that piles up more undelivered messages than maxQueuedPerSession', async () => {
    sim = await startSimulator({ maxQueuedPerSession: 5 });
    await stalledSession(sim.url);
    expect((await simStats(sim.url)).sessions).toBe(1);
    for (let i = 0; i < 6; i++) await control(sim.url, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: { n: i } });
    const stats = await simStats(sim.url);
    expect(stats.sessionsDropped).toBe(1);
    expect(stats.sessions).toBe(0);
  });

  it('keeps at most maxTweets tweets and lists at most maxListedTweets', async () => {
    sim = await startSimulator({ maxTweets: 3, maxListedTweets: 2 });
    const rest = new RestClient(sim.url, 'agent1');
    const listener = await listenToNotifications({ baseUrl: sim.url, user: 'agent1' });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await createComposing(rest, listener)).id);
      expect((await simStats(sim.url)).tweets).toBe(3);
      expect((await listTweets(rest)).map((t) => t.id)).toEqual(ids.slice(2));
      const gone = await rest.post(`/api/v2/me/tweets/${ids[0]}`, { operationName: 'Cancel' });
      expect(gone.json).toMatchObject({ statusCode: 6 });
    } finally {
      await listener.disconnect();
    }
  });
});
