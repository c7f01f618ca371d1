import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, type GwsNotification } from '../../src/gws/schemas';
import { parseTeamFeedMessage, teamFeedDefaults } from '../../src/gws/teamFeed/teamFeedSchemas';
import { match } from '../asymmetricMatchers';
import { startSimulator, teamFeedPaths, type RunningSimulator } from '../../src/simulator/testing';
import { listenToNotifications, publishMarker, type NotificationListener } from './support/notificationListener';
import { aboutTweet, answers, tweetStateOf } from './support/notifications';
import { basicAuthorization, RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { fetchTeamList, teamFeedClient, teamList, type TeamFeedClient } from './support/teamFeedClient';
import { control, createComposing, listTweets, queuePath, referenceIdOf, send } from './support/tweetFlows';

// The team feed [ours] (src/gws/teamFeed/teamFeedSchemas.ts): a supervisor reads the team there,
// never on GWS's own /v2/me/* or /api/v2/me/tweets.

let sim: RunningSimulator;
let agent1: NotificationListener;
let supervisorGws: NotificationListener;
let teamWildcard: NotificationListener;
let team: TeamFeedClient;
const rest = (user: string) => new RestClient(sim.url, user);

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 20 });
  agent1 = await listenToNotifications({ baseUrl: sim.url, user: 'agent1' });
  supervisorGws = await listenToNotifications({ baseUrl: sim.url, user: 'supervisor' });
  teamWildcard = await listenToNotifications({ baseUrl: sim.url, user: 'supervisor', channels: ['/team/*'], path: teamFeedPaths.cometd });
  team = teamFeedClient(sim.url, 'supervisor');
  await team.client.connect();
});

afterAll(async () => {
  await Promise.all([agent1?.disconnect(), supervisorGws?.disconnect(), teamWildcard?.disconnect(), team?.client.disconnect()]);
  await sim?.close();
});

const aboutId = (id: string) => (notification: GwsNotification) => (notification.kind === 'tweetState' || notification.kind === 'tweetError') && notification.tweet?.id === id;
const referenceOf = (notification: GwsNotification) => (notification.kind === 'tweetState' || notification.kind === 'tweetError' ? notification.referenceId : undefined);

describe('the team feed', () => {
  it("carries agent1's Composing and Sent exactly as agent1 got them, wrapped with agent1; the supervisor's /v2/me/* gets none", async () => {
    const composing = await createComposing(rest('agent1'), agent1);
    const { referenceId, answer } = await send(rest('agent1'), agent1, composing.id, { from: 'gc_support', message: 'seen by the team' });
    expect(tweetStateOf(answer).tweet.state).toBe('Sent');

    await expect.poll(() => team.received.filter((r) => aboutId(composing.id)(r.notification)).length).toBe(2);
    const onTeam = team.received.filter((r) => aboutId(composing.id)(r.notification));
    const agentGot = agent1.received.filter(aboutTweet(composing.id)).map((m) => m.data);
    const agent = { userName: 'agent1', firstName: 'Alice', lastName: 'Agent' };
    expect(onTeam.map((r) => r.raw)).toEqual(agentGot.map((notification) => ({ agent, notification })));
    expect(onTeam.map((r) => r.channel)).toEqual([teamFeedDefaults.channel, teamFeedDefaults.channel]);
    expect(onTeam.map((r) => r.notification)).toMatchObject([
      { kind: 'tweetState', agent: 'agent1', tweet: { id: composing.id, state: 'Composing' } },
      { kind: 'tweetState', agent: 'agent1', referenceId, tweet: { id: composing.id, state: 'Sent' } },
    ]);
    // `/team/*` covers the channel, as `/v2/me/*` does on GWS's endpoint.
    await teamWildcard.waitFor((m) => m.channel === teamFeedDefaults.channel && referenceOf(parseTeamFeedMessage(m.data)) === referenceId);

    await supervisorGws.expectNoneBefore(aboutTweet(composing.id), await publishMarker(sim.url, 'supervisor', '/v2/me/twitter'));
  });

  it('never carries channel states', async () => {
    await rest('agent1').post('/api/v2/me/channels/twitter', { operationName: 'NotReady' });
    await agent1.waitFor((m) => m.channel === '/v2/me/channels');
    expect((await team.receivedBeforeMarker()).filter((r) => r.notification.kind === 'channelState')).toEqual([]);
  });

  it('is for supervisors only: agent1 is denied the handshake and gets 403 (statusCode 3) on the list; bad credentials get 401', async () => {
    const denied = teamFeedClient(sim.url, 'agent1');
    await expect(denied.client.connect()).rejects.toMatchObject({ name: 'GwsError', kind: 'unauthorized' });
    await denied.client.disconnect();
    const handshake = await fetch(new URL(teamFeedPaths.cometd, sim.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basicAuthorization('agent1', 'password') },
      body: JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]),
    });
    expect(await handshake.json()).toMatchObject([{ channel: '/meta/handshake', successful: false, error: '403::handshake_denied' }]);

    const forbidden = await fetchTeamList(sim.url, 'agent1');
    expect(forbidden.status).toBe(403);
    expect(errorBodySchema.parse(forbidden.body).statusCode).toBe(3);
    const wrong = await fetchTeamList(sim.url, 'supervisor', 'wrong');
    expect(wrong.status).toBe(401);
    expect(errorBodySchema.parse(wrong.body).statusCode).toBe(20);
    const cometdWithoutCredentials = await fetch(new URL(teamFeedPaths.cometd, sim.url), { method: 'POST', body: '[]' });
    expect(cometdWithoutCredentials.status).toBe(401);
  });

  it("lists the roster (agent1..3, not the supervisor) and the team's tweets; the supervisor's own stay in its own GWS list", async () => {
    const agent2Tweet = referenceIdOf(await rest('agent2').post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const supervisor = rest('supervisor');
    const own = await createComposing(supervisor, supervisorGws);

    const list = await teamList(sim.url);
    expect(list.agents).toEqual([
      { userName: 'agent1', firstName: 'Alice', lastName: 'Agent' },
      { userName: 'agent2', firstName: 'Bob', lastName: 'Agent' },
      { userName: 'agent3', firstName: 'Carol', lastName: 'Agent' },
    ]);
    expect(new Set(list.tweets.map((t) => t.agent))).toEqual(new Set(['agent1', 'agent2']));
    expect(list.tweets.map((t) => t.tweet.id)).not.toContain(own.id);
    expect((await listTweets(supervisor)).map((t) => t.id)).toEqual([own.id]);
    const onTeam = await team.receivedBeforeMarker();
    expect(onTeam.some((r) => aboutId(own.id)(r.notification))).toBe(false);
    expect(onTeam.some((r) => referenceOf(r.notification) === agent2Tweet && r.notification.kind === 'tweetState' && r.notification.agent === 'agent2')).toBe(true);
  });

  it('dropSessions drops the team feed sessions too: the clients handshake again and receive later notifications', async () => {
    expect(await control(sim.url, '/sim/faults', { dropSessions: true })).toMatchObject({ ok: true, droppedSessions: 2, droppedTeamFeedSessions: 2 });
    await expect.poll(() => team.reestablished, { timeout: 5_000 }).toBe(1);
    await teamWildcard.waitForHandshakes(2);
    await expect.poll(async () => simStats(sim.url), { timeout: 5_000 }).toMatchObject({ teamFeedSessions: 2, teamFeedSessionsDropped: 2 });

    const after = referenceIdOf(await rest('agent1').post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    await expect.poll(() => team.received.some((r) => referenceOf(r.notification) === after)).toBe(true);
  });

  it('a dropped notification reaches neither the agent nor the team feed', async () => {
    await agent1.waitForHandshakes(2);
    await agent1.waitFor(await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
    await control(sim.url, '/sim/faults', { dropNotifications: 1 });
    const lost = referenceIdOf(await rest('agent1').post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const next = referenceIdOf(await rest('agent1').post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));

    await agent1.expectNoneBefore(answers(lost), answers(next));
    await expect.poll(() => team.received.some((r) => referenceOf(r.notification) === next)).toBe(true);
    expect(team.received.some((r) => referenceOf(r.notification) === lost)).toBe(false);
    expect((await simStats(sim.url)).notificationsDropped).toBe(1);
  });

  it('/sim/publish {teamFeed: true} sends raw data to the team feed only (a malformed envelope reads as unrecognised)', async () => {
    const data = { agent: 'not an object', notification: {} };
    expect(await control(sim.url, '/sim/publish', { teamFeed: true, data })).toMatchObject({ ok: true, delivered: 2 });
    await expect.poll(() => team.received.find((r) => JSON.stringify(r.raw) === JSON.stringify(data))?.notification).toMatchObject({ kind: 'unrecognised', reason: match.stringMatching(/^team feed: /) });
    await supervisorGws.expectNoneBefore((m) => JSON.stringify(m.data) === JSON.stringify(data), await publishMarker(sim.url, 'supervisor'));
    // The team feed's own counters: agent1's and agent2's notifications to two sessions, and these publishes.
    expect((await simStats(sim.url)).teamFeedDeliveries).toBeGreaterThanOrEqual(2 * 6);
  });
});
