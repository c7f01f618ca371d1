import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GwsNotification } from '../../src/gws/schemas';
import { parseTeamFeedMessage, teamFeedDefaults } from '../../src/gws/teamFeed/teamFeedSchemas';
import { startSimulator, teamFeedPaths, type RunningSimulator } from '../../src/simulator/testing';
import { loadQueuePaths } from '../../src/simulator/load';
import { socialMessagingServerApplication } from '../../src/simulator/twitterAccounts';
import { listenToNotifications, publishMarker, type NotificationListener } from './support/notificationListener';
import { RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { teamList } from './support/teamFeedClient';
import { control, listTweets } from './support/tweetFlows';

let sim: RunningSimulator;
/** The supervisor on the team feed, where the team's traffic reaches a supervisor. */
let team: NotificationListener;
/** The supervisor's and agent1's own GWS notifications. */
let supervisor: NotificationListener;
let agent1: NotificationListener;

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 10 });
  team = await listenToNotifications({ baseUrl: sim.url, user: 'supervisor', channels: [teamFeedDefaults.channel], path: teamFeedPaths.cometd });
  supervisor = await listenToNotifications({ baseUrl: sim.url, user: 'supervisor' });
  agent1 = await listenToNotifications({ baseUrl: sim.url, user: 'agent1' });
});

afterAll(async () => {
  await Promise.all([team?.disconnect(), supervisor?.disconnect(), agent1?.disconnect()]);
  await sim?.close();
});

type TweetState = Extract<GwsNotification, { kind: 'tweetState' }>;

/** The team feed's tweet state notifications of load agents, in `state`. */
function loadInState(state: string): TweetState[] {
  return team.received.flatMap((m) => {
    const notification = parseTeamFeedMessage(m.data);
    return notification.kind === 'tweetState' && notification.tweet.state === state && notification.agent?.startsWith('loadagent') ? [notification] : [];
  });
}
const mentionsLoad = (m: { data: unknown }) => JSON.stringify(m.data).includes('loadagent');

describe('/sim/load', () => {
  it("generates Create → Sent traffic from load agents that reaches supervisors through the team feed, then stops by itself", async () => {
    const started = await control(sim.url, '/sim/load', { agents: 4, perSecond: 200, seconds: 1 });
    expect(started).toMatchObject({ started: true });
    await expect.poll(async () => (await simStats(sim.url)).loadRunning, { timeout: 5_000 }).toBe(false);
    await expect.poll(() => loadInState('Sent').length, { timeout: 5_000 }).toBe(200);

    const sentNotifications = loadInState('Sent');
    const sent = sentNotifications.map((n) => n.tweet);
    expect(new Set(sent.map((t) => t.id)).size).toBe(200);
    // The team feed names each tweet's agent; load agents also name themselves in Create's userData, as the console does.
    expect(new Set(sentNotifications.map((n) => n.agent))).toEqual(new Set(['loadagent1', 'loadagent2', 'loadagent3', 'loadagent4']));
    expect(sentNotifications.every((n) => n.tweet.userData?.ConsoleAgent === n.agent)).toBe(true);
    // …and the queue, as the console does: every agent's tweets spread over the load's queues.
    const queueOf = (n: TweetState) => n.tweet.userData?.ConsoleQueue;
    expect(new Set(sentNotifications.map(queueOf))).toEqual(new Set(loadQueuePaths));
    for (const agent of ['loadagent1', 'loadagent4']) {
      expect(new Set(sentNotifications.filter((n) => n.agent === agent).map(queueOf))).toEqual(new Set(loadQueuePaths));
    }
    expect(new Set(sent.map((t) => t.userData?._umsInboundIxnSubmittedBy))).toEqual(new Set([socialMessagingServerApplication]));
    expect(sent[0]?.userData?._twitterUserImageURL).toMatch(new RegExp(`^${sim.url}/sim/avatars/load_acct_\\d\\.svg$`));
    expect(loadInState('Composing')).toHaveLength(200);

    const stats = await simStats(sim.url);
    expect(stats.loadTweets).toBe(200);
    expect(stats.operations.Create ?? 0).toBe(0);
  });

  it("is the team's traffic: in the team feed's list and roster, never in anybody's GWS feed or list", async () => {
    // The load's last notifications reached the team feed in the test before: markers published now come after.
    await agent1.expectNoneBefore(mentionsLoad, await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
    await supervisor.expectNoneBefore(mentionsLoad, await publishMarker(sim.url, 'supervisor', '/v2/me/twitter'));
    expect(await listTweets(new RestClient(sim.url, 'agent1'))).toEqual([]);
    expect(await listTweets(new RestClient(sim.url, 'supervisor'))).toEqual([]);

    const list = await teamList(sim.url);
    expect(list.tweets).toHaveLength(200);
    expect(new Set(list.tweets.map((t) => t.agent))).toEqual(new Set(['loadagent1', 'loadagent2', 'loadagent3', 'loadagent4']));
    expect(list.agents.map((a) => a.userName)).toEqual(['agent1', 'agent2', 'agent3', 'loadagent1', 'loadagent2', 'loadagent3', 'loadagent4']);
    expect(list.agents[3]).toEqual({ userName: 'loadagent1', firstName: 'Load', lastName: 'Agent 1' });
  });

  it('/sim/reset forgets the load agents with their tweets', async () => {
    await control(sim.url, '/sim/reset', {});
    const list = await teamList(sim.url);
    expect(list.agents.map((a) => a.userName)).toEqual(['agent1', 'agent2', 'agent3']);
    expect(list.tweets).toEqual([]);
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
