import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ackSchema,
  errorBodySchema,
  parseNotification,
  sendTweetBodySchema,
  tweetListResponseSchema,
  tweetOperationBodySchema,
  createTweetBodySchema,
  meResponseSchema,
  meOperationBodySchema,
  channelOperationBodySchema,
  userSettingOf,
} from '../../../src/gws/schemas';
import { match } from '../../asymmetricMatchers';

/** The seed page's samples (copied from shared/fixtures, made valid JSON). */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/seed/${name}`, import.meta.url), 'utf8'));
}

describe('seed fixtures', () => {
  it('the Send ack parses', () => {
    expect(ackSchema.parse(fixture('seed-send-ack.json'))).toEqual({ statusCode: 0, referenceId: 57 });
  });

  it('the Send request parses as a Send operation body', () => {
    const body = tweetOperationBodySchema.parse(fixture('seed-send-request.json'));
    expect(body).toEqual({
      operationName: 'Send',
      queuePath: '/contacts/60ebbb94-3cef-4b14-95f8-5c49dbeb355d',
      twitter: { message: 'HelloTwitter!', from: 'vitaliy_onv' },
    });
  });

  it('the Sent notification parses into a tweetState with userData and profile image', () => {
    const n = parseNotification(fixture('seed-sent-notification.json'));
    expect(n.kind).toBe('tweetState');
    if (n.kind !== 'tweetState') return;
    expect(n.referenceId).toBe(57);
    expect(n.notificationType).toBe('StatusChange');
    expect(n.tweet).toMatchObject({ id: '010QQG2MU214P06D', state: 'Sent', twitterType: 'Outbound', capabilities: [] });
    expect(n.tweet.userData?._twitterUserImageURL).toMatch(/^http:\/\/pbs\.twimg\.com\//);
    expect(Object.keys(n.tweet.userData ?? {})).toHaveLength(11);
  });
});

describe('notification spellings and variants', () => {
  const tweet = { id: 'T1', state: 'Composing', capabilities: ['Send', 'Cancel'] };

  it('normalises TweetStateChangeMessage with tweet/tweetType to the GWS spelling', () => {
    const n = parseNotification({
      messageType: 'TweetStateChangeMessage',
      notificationType: 'StatusChange',
      referenceId: 3,
      tweet: { ...tweet, tweetType: 'Outbound' },
    });
    expect(n).toEqual({
      kind: 'tweetState',
      notificationType: 'StatusChange',
      referenceId: 3,
      tweet: { ...tweet, twitterType: 'Outbound' },
    });
  });

  it('accepts TweetSaved and TwitterSaved as notification types and keeps unknown states', () => {
    for (const notificationType of ['TweetSaved', 'TwitterSaved', 'PropertiesUpdated']) {
      const n = parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType, twitter: { id: 'T2', state: 'Whatever' } });
      expect(n).toMatchObject({ kind: 'tweetState', notificationType, tweet: { id: 'T2', state: 'Whatever' } });
    }
  });

  it('reads an Error with errorMessage or statusMessage', () => {
    expect(
      parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId: 9, errorMessage: 'Status is a duplicate.', twitter: tweet }),
    ).toMatchObject({ kind: 'tweetError', referenceId: 9, errorMessage: 'Status is a duplicate.', tweet: { id: 'T1' } });
    expect(
      parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId: 10, statusMessage: 'Too long' }),
    ).toEqual({ kind: 'tweetError', referenceId: 10, errorMessage: 'Too long', tweet: undefined });
  });

  it('reads TwitterOperationResponse with string or boolean success', () => {
    expect(parseNotification({ messageType: 'TwitterOperationResponse', referenceId: 4, success: 'false', errorMessage: 'no' })).toEqual({
      kind: 'operationResponse',
      referenceId: 4,
      success: false,
      errorMessage: 'no',
    });
    expect(parseNotification({ messageType: 'TwitterOperationResponse', referenceId: 5, success: true })).toMatchObject({ success: true });
  });

  it('reads the channel state notification', () => {
    expect(
      parseNotification({ messageType: 'ChannelStateChangeMessage', channels: [{ channel: 'twitter', userState: { state: 'Ready' } }] }),
    ).toEqual({ kind: 'channelState', channels: [{ channel: 'twitter', state: 'Ready' }] });
  });
});

describe('junk becomes unrecognised with a reason, never a throw', () => {
  const junk: [string, unknown][] = [
    ['null', null],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['no messageType', { twitter: { id: 'x' } }],
    ['unknown messageType', { messageType: 'ChatStateChangeMessage' }],
    ['state change without resource', { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange' }],
    ['id of the wrong type', { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 42 } }],
    ['userData not an object', { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 'a', userData: 'k=v' } }],
    ['channels not a list', { channels: 'twitter' }],
    ['referenceId a string', { messageType: 'TwitterOperationResponse', referenceId: '7', success: 'true' }],
  ];
  it.each(junk)('%s', (_name, data) => {
    const n = parseNotification(data);
    expect(n.kind).toBe('unrecognised');
    if (n.kind === 'unrecognised') expect(n.reason.length).toBeGreaterThan(0);
  });

  it('names the failing field', () => {
    const n = parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 42 } });
    expect(n).toMatchObject({ kind: 'unrecognised', reason: match.stringContaining('twitter.id') });
  });
});

describe('REST bodies', () => {
  it('an ack has statusCode 0; its referenceId is optional (a plain {statusCode:0} is an ack)', () => {
    expect(ackSchema.safeParse({ statusCode: 1, referenceId: 2 }).success).toBe(false);
    expect(ackSchema.parse({ statusCode: 0 })).toEqual({ statusCode: 0 });
    expect(ackSchema.parse({ statusCode: 0, referenceId: null, extra: 'kept out' })).toEqual({ statusCode: 0 });
    expect(ackSchema.parse({ statusCode: 0, referenceId: 12 })).toEqual({ statusCode: 0, referenceId: 12 });
    expect(ackSchema.safeParse({ statusCode: 0, referenceId: '12' }).success).toBe(false);
  });

  it('an error body has a statusCode and optional statusMessage', () => {
    expect(errorBodySchema.parse({ statusCode: 6, statusMessage: 'Not found' })).toEqual({ statusCode: 6, statusMessage: 'Not found' });
  });

  it('GET /api/v2/me?subresources=*: the settings are sections of options inside user, read by userSettingOf', () => {
    const me = meResponseSchema.parse({
      statusCode: 0,
      user: {
        id: 'u1', userName: 'agent1', firstName: null, roles: ['ROLE_AGENT'], enabled: true,
        settings: { 'interaction-workspace': { 'twitter.from-accounts': 'gc_support', 'voice.auto-answer': 'false', odd: 3 }, htcc: 'x' },
      },
    });
    expect(userSettingOf(me.user, 'interaction-workspace', 'twitter.from-accounts')).toBe('gc_support');
    expect(userSettingOf(me.user, 'interaction-workspace', 'odd')).toBeUndefined();
    expect(userSettingOf(me.user, 'htcc', 'roles')).toBeUndefined();
    expect(userSettingOf({ settings: undefined }, 'interaction-workspace', 'twitter.from-accounts')).toBeUndefined();
  });

  it('the tweet list normalises every tweet', () => {
    const list = tweetListResponseSchema.parse({ statusCode: 0, tweets: [{ id: 'a', tweetType: 'Inbound' }] });
    expect(list.tweets[0]?.twitterType).toBe('Inbound');
  });

  it('the tweet list is read item by item: a bad item is left out and named, the others are used', () => {
    const list = tweetListResponseSchema.parse({
      statusCode: 0,
      tweets: [{ id: 'a', state: 'Sent', userData: { RRequestedSkills: null, Nested: { k: 'v' } } }, { id: 42 }, 'junk', { id: 'b', message: null }],
    });
    expect(list.tweets.map((tweet) => tweet.id)).toEqual(['a', 'b']);
    expect(list.tweets[1]).toEqual({ id: 'b' });
    expect(list.ignored).toEqual([
      { index: 1, reason: match.stringMatching(/^tweets\.1: id/) },
      { index: 2, reason: match.stringMatching(/^tweets\.2: /) },
    ]);
  });

  it('a list answer without `tweets` is read from its only list; with none it does not fit', () => {
    expect(tweetListResponseSchema.parse({ statusCode: 0, twitter: [{ id: 'a' }] }).tweets).toEqual([{ id: 'a' }]);
    expect(tweetListResponseSchema.safeParse({ statusCode: 0 }).success).toBe(false);
  });

  it('Create needs a queuePath that starts with /', () => {
    expect(createTweetBodySchema.safeParse({ operationName: 'Create', queuePath: '/queues/q1' }).success).toBe(true);
    expect(createTweetBodySchema.safeParse({ operationName: 'Create', queuePath: 'queues/q1' }).success).toBe(false);
    expect(createTweetBodySchema.safeParse({ operationName: 'Create' }).success).toBe(false);
  });

  it('Send needs queuePath and twitter.from; saveLAR is a boolean', () => {
    const ok = { operationName: 'Send', queuePath: '/q', twitter: { from: 'a', message: 'hi' }, saveLAR: true };
    expect(sendTweetBodySchema.safeParse(ok).success).toBe(true);
    expect(sendTweetBodySchema.safeParse({ ...ok, saveLAR: 'yes' }).success).toBe(false);
    expect(sendTweetBodySchema.safeParse({ ...ok, twitter: { message: 'hi' } }).success).toBe(false);
  });

  it('knows every operation of the contract and rejects unknown names', () => {
    expect(tweetOperationBodySchema.safeParse({ operationName: 'Cancel' }).success).toBe(true);
    expect(tweetOperationBodySchema.safeParse({ operationName: 'Complete', saveLAR: false }).success).toBe(true);
    expect(tweetOperationBodySchema.safeParse({ operationName: 'Save', twitter: { from: 'a', message: '' } }).success).toBe(true);
    expect(tweetOperationBodySchema.safeParse({ operationName: 'Explode' }).success).toBe(false);
    expect(meOperationBodySchema.safeParse({ operationName: 'StartContactCenterSession', channels: ['twitter'] }).success).toBe(true);
    expect(meOperationBodySchema.safeParse({ operationName: 'EndContactCenterSession' }).success).toBe(true);
    expect(channelOperationBodySchema.safeParse({ operationName: 'NotReady' }).success).toBe(true);
    expect(channelOperationBodySchema.safeParse({ operationName: 'Busy' }).success).toBe(false);
  });
});
