import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { consoleUserDataKeys } from '../../src/gws/http/contract';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { parseNotification } from '../../src/gws/schemas';
import { parseTeamFeedMessage, teamFeedDefaults } from '../../src/gws/teamFeed/teamFeedSchemas';
import { teamFeedPaths } from '../../src/simulator/testing';
import { listenToNotifications, publishMarker, type NotificationListener, type Received } from './support/notificationListener';
import { aboutTweet } from './support/notifications';
import { RestClient } from './support/restClient';
import { teamList } from './support/teamFeedClient';
import { control, createComposing, listTweets, send } from './support/tweetFlows';

let sim: RunningSimulator;
const rest: Record<string, RestClient> = {};
const listeners: NotificationListener[] = [];
let agent1: NotificationListener;
let agent2: NotificationListener;
let agent2Deep: NotificationListener;
let agent2ChannelsOnly: NotificationListener;
let supervisor: NotificationListener;
let supervisorTeam: NotificationListener;

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 20 });
  for (const user of ['agent1', 'agent2', 'supervisor']) rest[user] = new RestClient(sim.url, user);
  const listen = async (user: string, channels?: string[], path?: string) => {
    const listener = await listenToNotifications({ baseUrl: sim.url, user, channels, path });
    listeners.push(listener);
    return listener;
  };
  agent1 = await listen('agent1', ['/v2/me/twitter']);
  agent2 = await listen('agent2', ['/v2/me/*']);
  agent2Deep = await listen('agent2', ['/v2/me/**']);
  agent2ChannelsOnly = await listen('agent2', ['/v2/me/channels']);
  supervisor = await listen('supervisor', ['/v2/me/*']);
  supervisorTeam = await listen('supervisor', ['/team/*'], teamFeedPaths.cometd);
});

afterAll(async () => {
  await Promise.all(listeners.map((l) => l.disconnect()));
  await sim?.close();
});

function client(user: string): RestClient {
  const found = rest[user];
  if (!found) throw new Error(`no client for ${user}`);
  return found;
}

describe('who receives what', () => {
  it("neither agent2 nor the supervisor sees agent1's notifications or tweets on GWS; the supervisor's team feed carries them", async () => {
    const composing = await createComposing(client('agent1'), agent1, { [consoleUserDataKeys.agent]: 'agent1' });
    const { referenceId } = await send(client('agent1'), agent1, composing.id, { from: 'gc_support', message: 'team feed' });

    const onTeam = await supervisorTeam.waitFor((m) => {
      const notification = parseTeamFeedMessage(m.data);
      return notification.kind === 'tweetState' && notification.referenceId === referenceId;
    });
    expect(parseTeamFeedMessage(onTeam.data)).toMatchObject({ kind: 'tweetState', agent: 'agent1', tweet: { id: composing.id, state: 'Sent' } });

    // agent1's notifications were all published (agent1 has its Sent): markers published now come after.
    const onTwitter = await publishMarker(sim.url, 'agent2', '/v2/me/twitter');
    const onChannels = await publishMarker(sim.url, 'agent2', '/v2/me/channels');
    await Promise.all([agent2.expectNoneBefore(aboutTweet(composing.id), onTwitter), agent2Deep.expectNoneBefore(aboutTweet(composing.id), onTwitter)]);
    await agent2ChannelsOnly.expectNoneBefore(aboutTweet(composing.id), onChannels);
    await supervisor.expectNoneBefore(aboutTweet(composing.id), await publishMarker(sim.url, 'supervisor', '/v2/me/twitter'));
    expect((await listTweets(client('agent2'))).map((t) => t.id)).not.toContain(composing.id);
    expect((await listTweets(client('supervisor'))).map((t) => t.id)).not.toContain(composing.id);
    expect((await teamList(sim.url)).tweets.find((t) => t.tweet.id === composing.id)?.agent).toBe('agent1');
  });

  it('delivers /v2/me/twitter to subscribers of /v2/me/twitter, /v2/me/* and /v2/me/** only', async () => {
    const composing = await createComposing(client('agent2'), agent2);
    await agent2Deep.waitFor(aboutTweet(composing.id));
    await agent2ChannelsOnly.expectNoneBefore(aboutTweet(composing.id), await publishMarker(sim.url, 'agent2', '/v2/me/channels'));
    await agent1.expectNoneBefore(aboutTweet(composing.id), await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
    await supervisor.expectNoneBefore(aboutTweet(composing.id), await publishMarker(sim.url, 'supervisor', '/v2/me/twitter'));
  });

  it("/v2/me/channels goes to the agent's own sessions, not to the supervisor's (nor to the team feed)", async () => {
    await client('agent2').post('/api/v2/me/channels/twitter', { operationName: 'NotReady' });
    const isChannelState = (m: Received) => m.channel === '/v2/me/channels' && parseNotification(m.data).kind === 'channelState';
    await agent2ChannelsOnly.waitFor(isChannelState);
    await agent2.waitFor(isChannelState);
    await supervisor.expectNoneBefore(isChannelState, await publishMarker(sim.url, 'supervisor', '/v2/me/channels'));
    // agent1 listens to /v2/me/twitter only: a channel state would come before a marker there.
    await agent1.expectNoneBefore(isChannelState, await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
    const teamMarker = await publishMarker(sim.url, 'supervisor', teamFeedDefaults.channel, { teamFeed: true });
    await supervisorTeam.expectNoneBefore((m) => parseTeamFeedMessage(m.data).kind === 'channelState' || parseNotification(m.data).kind === 'channelState', teamMarker);
  });

  it("everybody lists only their own tweets on GWS, the supervisor too; the team's are in the team feed's list", async () => {
    const agent1Ids = (await listTweets(client('agent1'))).map((t) => t.id);
    const agent2Ids = (await listTweets(client('agent2'))).map((t) => t.id);
    expect(agent1Ids.length).toBeGreaterThan(0);
    expect(agent2Ids.length).toBeGreaterThan(0);
    expect(agent1Ids.filter((id) => agent2Ids.includes(id))).toEqual([]);
    expect(await listTweets(client('supervisor'))).toEqual([]);
    const team = (await teamList(sim.url)).tweets;
    expect(team.map((t) => t.tweet.id).sort()).toEqual([...agent1Ids, ...agent2Ids].sort());
    expect(team.filter((t) => agent1Ids.includes(t.tweet.id)).map((t) => t.agent)).toEqual(agent1Ids.map(() => 'agent1'));
  });

  it('clients cannot publish on /v2/me/* (or anywhere but /service)', async () => {
    const response = await fetch(`${sim.url}/api/v2/notifications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: client('agent2').authorization },
      body: JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]),
    });
    const [handshake] = z.tuple([z.looseObject({ clientId: z.string() })]).parse(await response.json());
    const publish = await fetch(`${sim.url}/api/v2/notifications`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: client('agent2').authorization,
        Cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '),
      },
      body: JSON.stringify([{ channel: '/v2/me/twitter', clientId: handshake.clientId, data: { messageType: 'forged' } }]),
    });
    expect(await publish.json()).toMatchObject([{ channel: '/v2/me/twitter', successful: false, error: '403::publish_denied' }]);
    await agent1.expectNoneBefore((m) => JSON.stringify(m.data).includes('forged'), await publishMarker(sim.url, 'agent1', '/v2/me/twitter'));
  });

  it('/sim/publish sends raw data to one user only, or to everybody', async () => {
    await control(sim.url, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: { messageType: 42 } });
    const raw = await agent1.waitFor((m) => JSON.stringify(m.data) === '{"messageType":42}');
    expect(raw.channel).toBe('/v2/me/twitter');
    await agent2.expectNoneBefore((m) => JSON.stringify(m.data) === '{"messageType":42}', await publishMarker(sim.url, 'agent2', '/v2/me/twitter'));

    const all = await control(sim.url, '/sim/publish', { channel: '/v2/me/twitter', data: 'not even an object' });
    expect(all).toMatchObject({ ok: true, delivered: 4 });
    await supervisor.waitFor((m) => m.data === 'not even an object');
    // GWS's endpoint and the team feed's are apart: a publish to one never reaches the other.
    await supervisorTeam.expectNoneBefore((m) => m.data === 'not even an object', await publishMarker(sim.url, 'supervisor', teamFeedDefaults.channel, { teamFeed: true }));
  });
});
