import { describe, expect, it } from 'vitest';
import { parseNotification } from '../../../src/gws/schemas';
import { parseTeamFeedMessage, teamFeedDefaults, teamTweetListSchema } from '../../../src/gws/teamFeed/teamFeedSchemas';
import { publishBodySchema } from '../../../src/simulator/control/controlSchemas';
import { loadAgent } from '../../../src/simulator/load';
import { twitterError, twitterStateChange } from '../../../src/simulator/notificationMessages';
import { composingTweet } from '../../../src/simulator/store/tweetTransitions';
import { teamFeedMessage, teamTweetList } from '../../../src/simulator/teamFeed/teamFeedMessages';
import { createTeamRoster } from '../../../src/simulator/teamFeed/teamRoster';
import { createUserDirectory, defaultUsers } from '../../../src/simulator/users';

// The team feed's shapes [ours], built by the simulator's builders and read with the app's parsers.

const tweet = (id: string) => composingTweet({ id, uri: `http://h/api/v2/tweet/${id}`, userData: { ConsoleAgent: 'agent1' } });
const alice = { userName: 'agent1', firstName: 'Alice', lastName: 'Agent' };

describe('team feed messages', () => {
  it('wrap the notification unchanged with the agent; the app reads them as the GWS notification plus its agent', () => {
    const notification = twitterStateChange('StatusChange', 7, tweet('A'));
    const message = teamFeedMessage(alice, notification);
    expect(message).toEqual({ agent: alice, notification });
    expect(parseTeamFeedMessage(message)).toEqual({ ...parseNotification(notification), agent: 'agent1' });
    expect(parseTeamFeedMessage(message)).toMatchObject({ kind: 'tweetState', referenceId: 7, agent: 'agent1', tweet: { id: 'A', state: 'Composing' } });
  });

  it('carry Error notifications too, with and without a tweet', () => {
    expect(parseTeamFeedMessage(teamFeedMessage(alice, twitterError(8, 'Duplicate', tweet('B'))))).toMatchObject({
      kind: 'tweetError', referenceId: 8, errorMessage: 'Duplicate', agent: 'agent1', tweet: { id: 'B' },
    });
    expect(parseTeamFeedMessage(teamFeedMessage(alice, twitterError(undefined, 'No', undefined)))).toEqual({
      kind: 'tweetError', referenceId: undefined, errorMessage: 'No', tweet: undefined, agent: 'agent1',
    });
  });
});

describe('the team list body', () => {
  it('reads as the roster and every tweet with its agent, none left out', () => {
    const stored = [{ owner: 'agent1', tweet: tweet('A'), sending: false }, { owner: 'loadagent1', tweet: tweet('B'), sending: false }];
    const agents = [alice, { userName: 'loadagent1', firstName: 'Load', lastName: 'Agent 1' }];
    const body = teamTweetList(agents, stored);
    expect(body).toMatchObject({ statusCode: 0, agents, tweets: [{ agent: 'agent1', tweet: { id: 'A' } }, { agent: 'loadagent1', tweet: { id: 'B' } }] });
    const list = teamTweetListSchema.parse(body);
    expect(list.ignored).toEqual([]);
    expect(list.agents).toEqual(agents);
    expect(list.tweets.map((t) => [t.agent, t.tweet.id, t.tweet.state])).toEqual([['agent1', 'A', 'Composing'], ['loadagent1', 'B', 'Composing']]);
  });

  it('an empty team list is still a list', () => {
    expect(teamTweetListSchema.parse(teamTweetList([], []))).toEqual({ agents: [], tweets: [], ignored: [] });
  });
});

describe('the team roster', () => {
  const users = createUserDirectory(defaultUsers);

  it('holds the directory users who are not supervisors, then the load agents once a load made them', () => {
    const roster = createTeamRoster(users);
    expect(roster.agents().map((a) => a.userName)).toEqual(['agent1', 'agent2', 'agent3']);
    expect(roster.agentOf('supervisor')).toBeUndefined();
    expect(roster.agentOf('agent1')).toEqual(alice);

    roster.addLoadAgents([loadAgent(1), loadAgent(2)]);
    roster.addLoadAgents([loadAgent(1)]);
    expect(roster.agents().map((a) => a.userName)).toEqual(['agent1', 'agent2', 'agent3', 'loadagent1', 'loadagent2']);
    // Only the names: a load agent's accounts are not the team feed's to publish.
    expect(roster.agentOf('loadagent2')).toEqual({ userName: 'loadagent2', firstName: 'Load', lastName: 'Agent 2' });

    roster.clearLoadAgents();
    expect(roster.agentOf('loadagent1')).toBeUndefined();
    expect(roster.agents()).toHaveLength(3);
  });

  it('never lets a load agent stand in for a directory user of the same name', () => {
    const roster = createTeamRoster(createUserDirectory([...defaultUsers, { userName: 'loadagent1', password: 'p', firstName: 'Real', roles: ['ROLE_AGENT'] }]));
    roster.addLoadAgents([loadAgent(1)]);
    expect(roster.agentOf('loadagent1')).toEqual({ userName: 'loadagent1', firstName: 'Real', lastName: '' });
    expect(roster.agents().filter((a) => a.userName === 'loadagent1')).toHaveLength(1);
  });
});

describe('POST /sim/publish body', () => {
  it('needs a channel, except for the team feed, where it defaults to the team feed channel', () => {
    expect(publishBodySchema.parse({ channel: '/v2/me/twitter', data: 1 })).toEqual({ user: undefined, channel: '/v2/me/twitter', data: 1, teamFeed: false });
    expect(publishBodySchema.parse({ teamFeed: true, user: 'supervisor', data: {} })).toEqual({ user: 'supervisor', channel: teamFeedDefaults.channel, data: {}, teamFeed: true });
    expect(publishBodySchema.safeParse({ data: 1 }).success).toBe(false);
    expect(publishBodySchema.safeParse({ teamFeed: false, data: 1 }).success).toBe(false);
  });
});
