import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { listenToNotifications, publishMarker, type NotificationListener, type Received } from './support/notificationListener';
import { parseNotification } from '../../src/gws/schemas';
import { socialMessagingServerApplication } from '../../src/simulator/twitterAccounts';
import { tweetStateOf } from './support/notifications';
import { RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { control, listTweets } from './support/tweetFlows';

let sim: RunningSimulator;
let supervisor: NotificationListener;
let agent1: NotificationListener;

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 10 });
  supervisor = await listenToNotifications({ baseUrl: sim.url, user: 'supervisor', channels: ['/v2/me/twitter'] });
  agent1 = await listenToNotifications({ baseUrl: sim.url, user: 'agent1' });
});

afterAll(async () => {
  await Promise.all([supervisor?.disconnect(), agent1?.disconnect()]);
  await sim?.close();
});

function isLoadSent(message: Received): boolean {
  const notification = parseNotification(message.data);
  return notification.kind === 'tweetState' && notification.tweet.state === 'Sent' && String(notification.tweet.userData?.ConsoleAgent).startsWith('loadagent');
}

describe('/sim/load', () => {
  it('generates Create → Sent traffic from load agents that reaches supervisor sessions, then stops by itself', async () => {
    const started = await control(sim.url, '/sim/load', { agents: 4, perSecond: 200, seconds: 1 });
    expect(started).toMatchObject({ started: true });
    await expect.poll(async () => (await simStats(sim.url)).loadRunning, { timeout: 5_000 }).toBe(false);
    await expect.poll(() => supervisor.received.filter(isLoadSent).length, { timeout: 5_000 }).toBe(200);

    const sent = supervisor.received.filter(isLoadSent).map((m) => tweetStateOf(m).tweet);
    expect(new Set(sent.map((t) => t.id)).size).toBe(200);
    // Load agents name themselves in Create's userData, as the console does; GWS's key names the SMS application.
    expect(new Set(sent.map((t) => t.userData?.ConsoleAgent))).toEqual(new Set(['loadagent1', 'loadagent2', 'loadagent3', 'loadagent4']));
    expect(new Set(sent.map((t) => t.userData?._umsInboundIxnSubmittedBy))).toEqual(new Set([socialMessagingServerApplication]));
    expect(sent[0]?.userData?._twitterUserImageURL).toMatch(new RegExp(`^${sim.url}/sim/avatars/load_acct_\\d\\.svg$`));
    const composing = supervisor.received.filter((m) => JSON.stringify(m.data).includes('"state":"Composing"'));
    expect(composing).toHaveLength(200);

    const stats = await simStats(sim.url);
    expect(stats.loadTweets).toBe(200);
    expect(stats.operations.Create ?? 0).toBe(0);
  });

  it("is the team's traffic: in the supervisor's list, never in an agent's feed or list", async () => {
    // The load's last notifications reached the supervisor in the test before: a marker to agent1 comes after.
    await agent1.expectNoneBefore((m) => JSON.stringify(m.data).includes('loadagent'), await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
    expect(await listTweets(new RestClient(sim.url, 'agent1'))).toEqual([]);
    expect((await listTweets(new RestClient(sim.url, 'supervisor'))).length).toBe(200);
  });

  it('refuses out-of-bounds load with 400', async () => {
    for (const body of [{ agents: 5, perSecond: 1_000_000, seconds: 10 }, { agents: 0, perSecond: 1, seconds: 1 }, { agents: 1, perSecond: 1 }]) {
      const response = await fetch(`${sim.url}/sim/load`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
  });
});
