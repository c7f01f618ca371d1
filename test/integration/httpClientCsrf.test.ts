import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { notificationsPath } from '../../src/gws/channels';
import { createNotificationClient, type NotificationClient } from '../../src/gws/cometd';
import { createGwsHttpClient, GwsError } from '../../src/gws/http';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { simStats } from './support/simStats';

// The project's HTTP client against the simulator: CSRF rotation is healed by one refresh and one
// retry, and the operation reaches the simulator exactly once.

let sim: RunningSimulator | undefined;
let notifications: NotificationClient | undefined;
beforeAll(() => adapt());
afterEach(async () => {
  await notifications?.disconnect();
  await sim?.close();
  sim = notifications = undefined;
});

async function rotateCsrf(url: string) {
  const response = await fetch(`${url}/sim/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rotateCsrf: true }),
  });
  expect(response.status).toBe(200);
}

describe('HTTP client ↔ simulator', () => {
  it('CSRF rotated by the server: one 403, one refresh, one retry; Create and Send each reach the simulator once', async () => {
    sim = await startSimulator({ twitterDelayMs: 0 });
    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
    notifications = createNotificationClient({ url: `${sim.url}${notificationsPath}`, authorization: http.authorization, channels: ['/v2/me/twitter'] });
    await notifications.connect();
    await http.getMe();
    await http.startContactCenterSession(['twitter']);

    await rotateCsrf(sim.url);
    const create = await http.createTweet({ queuePath: '/queues/outbound' });
    const composing = await notifications.waitForReference(create.referenceId, 5_000);
    if (composing.kind !== 'tweetState') throw new Error(`expected Composing, got ${composing.kind}`);

    await rotateCsrf(sim.url);
    const send = await http.sendTweet(composing.tweet.id, { queuePath: '/queues/outbound', twitter: { from: 'gc_support', message: 'CSRF healed' } });
    const sent = await notifications.waitForReference(send.referenceId, 5_000);
    expect(sent).toMatchObject({ kind: 'tweetState', tweet: { state: 'Sent' } });

    const stats = await simStats(sim.url);
    expect(stats.csrfRejected).toBe(2);
    expect(stats.operations.Create).toBe(1);
    expect(stats.operations.Send).toBe(1);
    const tweets = await http.listTweets();
    expect(tweets.filter((t) => t.message === 'CSRF healed')).toHaveLength(1);
  });

  it('maps 401 to GwsError unauthorized and statusCode 6 to GwsError status with the simulator message', async () => {
    sim = await startSimulator();
    const wrong = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'nope' });
    await expect(wrong.getMe()).rejects.toMatchObject({ kind: 'unauthorized', httpStatus: 401 });

    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
    await http.getMe();
    const error: unknown = await http.cancelTweet('NO-SUCH-TWEET').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GwsError);
    expect(error).toMatchObject({ kind: 'status', statusCode: 6, httpStatus: 404 });
  });
});
