import { describe, expect, it } from 'vitest';
import { isGwsError } from '../../../src/gws/http';
import { createTeamTweetListReader, parseTeamFeedMessage, teamTweetListSchema, type TeamFeedMessageWire, type TeamTweetListWire } from '../../../src/gws/teamFeed';
import { match } from '../../asymmetricMatchers';

const composing = { id: 'T1', state: 'Composing', twitterType: 'Outbound', capabilities: ['Send'] };
const message: TeamFeedMessageWire = {
  agent: { userName: 'agent1', firstName: 'Alice', lastName: 'Agent' },
  notification: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', referenceId: 7, twitter: composing },
};

describe('parseTeamFeedMessage', () => {
  it("reads the agent's notification with the GWS parser and names the agent on it", () => {
    expect(parseTeamFeedMessage(message)).toStrictEqual({ kind: 'tweetState', notificationType: 'StatusChange', referenceId: 7, tweet: composing, agent: 'agent1' });
  });

  it('names the agent on an Error too, and passes other kinds through without one', () => {
    const error = { ...message, notification: { messageType: 'TwitterStateChangeMessage', notificationType: 'Error', errorMessage: 'No', twitter: composing } };
    expect(parseTeamFeedMessage(error)).toMatchObject({ kind: 'tweetError', errorMessage: 'No', agent: 'agent1' });
    const channels = { ...message, notification: { channels: [{ channel: 'twitter', userState: { state: 'Ready' } }] } };
    expect(parseTeamFeedMessage(channels)).toStrictEqual({ kind: 'channelState', channels: [{ channel: 'twitter', state: 'Ready' }] });
  });

  it('an envelope without an agent, or with a blank one, is unrecognised and says why', () => {
    expect(parseTeamFeedMessage(message.notification)).toMatchObject({ kind: 'unrecognised', reason: match.stringMatching(/^team feed: agent/) });
    expect(parseTeamFeedMessage({ ...message, agent: { userName: '' } })).toMatchObject({ kind: 'unrecognised', reason: match.stringMatching(/^team feed: agent\.userName/) });
    expect(parseTeamFeedMessage('junk')).toMatchObject({ kind: 'unrecognised' });
  });

  it("a notification the GWS parser cannot read stays unrecognised, with the GWS parser's reason", () => {
    expect(parseTeamFeedMessage({ ...message, notification: { messageType: 'TwitterStateChangeMessage', twitter: { state: 'Sent' } } })).toMatchObject({
      kind: 'unrecognised',
      reason: match.stringMatching(/^TwitterStateChangeMessage: twitter\.id/),
    });
  });
});

describe('teamTweetListSchema', () => {
  it('reads the roster and every tweet with its agent, item by item: one bad item never hides the others', () => {
    const body: TeamTweetListWire = {
      statusCode: 0,
      agents: [{ userName: 'agent1' }, { userName: 'agent2', firstName: 'Bob' }],
      tweets: [{ agent: 'agent1', tweet: composing }],
    };
    const withBadItems = { ...body, agents: [...body.agents, { firstName: 'nameless' }], tweets: [...body.tweets, { agent: 'agent2', tweet: { state: 'Sent' } }, { tweet: composing }] };
    const list = teamTweetListSchema.parse(withBadItems);
    expect(list.agents.map((agent) => agent.userName)).toEqual(['agent1', 'agent2']);
    expect(list.tweets).toStrictEqual([{ agent: 'agent1', tweet: composing }]);
    expect(list.ignored.map((item) => item.index)).toEqual([1, 2]);
    expect(list.ignored[0]?.reason).toMatch(/^tweets\.1: tweet\.id/);
  });

  it('refuses an answer that is not a success with a tweets list', () => {
    expect(teamTweetListSchema.safeParse({ statusCode: 3, tweets: [] }).success).toBe(false);
    expect(teamTweetListSchema.safeParse({ statusCode: 0 }).success).toBe(false);
  });
});

describe('createTeamTweetListReader', () => {
  const answering = (status: number, body: unknown) => () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

  it('reads the list with the supervisor\'s Authorization', async () => {
    let sent: Headers | undefined;
    const fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      sent = new Headers(init?.headers);
      return answering(200, { statusCode: 0, agents: [{ userName: 'agent1' }], tweets: [] })();
    };
    const list = await createTeamTweetListReader({ listUrl: 'https://feed.example/team-feed/tweets', authorization: 'Basic abc', fetch })();
    expect(list.agents).toHaveLength(1);
    expect(sent?.get('Authorization')).toBe('Basic abc');
  });

  it('a refusal by the team feed names the team feed, and is never the kind that ends the GWS session', async () => {
    const read = createTeamTweetListReader({ listUrl: 'https://feed.example/team-feed/tweets', authorization: 'Basic abc', fetch: answering(401, {}) });
    const error: unknown = await read().catch((caught: unknown) => caught);
    expect(isGwsError(error, 'http')).toBe(true);
    expect(isGwsError(error, 'unauthorized')).toBe(false);
    expect(error).toHaveProperty('message', 'The team feed refused the user name or password (HTTP 401)');
  });
});
