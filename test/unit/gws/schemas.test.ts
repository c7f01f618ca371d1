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
} from '../../../src/gws/schemas';

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
    ['userData value an object', { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 'a', userData: { k: {} } } }],
    ['referenceId a string', { messageType: 'TwitterOperationResponse', referenceId: '7', success: 'true' }],
  ];
  it.each(junk)('%s', (_name, data) => {
    const n = parseNotification(data);
    expect(n.kind).toBe('unrecognised');
    if (n.kind === 'unrecognised') expect(n.reason.length).toBeGreaterThan(0);
  });

  it('names the failing field', () => {
    const n = parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 42 } });
    expect(n).toMatchObject({ kind: 'unrecognised', reason: expect.stringContaining('twitter.id') });
  });
});

describe('REST bodies', () => {
  it('an ack must have statusCode 0 and a numeric referenceId', () => {
    expect(ackSchema.safeParse({ statusCode: 1, referenceId: 2 }).success).toBe(false);
    expect(ackSchema.safeParse({ statusCode: 0 }).success).toBe(false);
  });

  it('an error body has a statusCode and optional statusMessage', () => {
    expect(errorBodySchema.parse({ statusCode: 6, statusMessage: 'Not found' })).toEqual({ statusCode: 6, statusMessage: 'Not found' });
  });

  it('GET /api/v2/me with the simulator settings', () => {
    const me = meResponseSchema.parse({
      statusCode: 0,
      user: { id: 'u1', userName: 'agent1', firstName: 'Ada', lastName: 'Agent', roles: ['ROLE_AGENT'] },
      settings: { twitterAccounts: [{ screenName: 'gc_support' }] },
    });
    expect(me.settings?.twitterAccounts?.[0]?.screenName).toBe('gc_support');
  });

  it('the tweet list normalises every tweet', () => {
    const list = tweetListResponseSchema.parse({ statusCode: 0, tweets: [{ id: 'a', tweetType: 'Inbound' }] });
    expect(list.tweets[0]?.twitterType).toBe('Inbound');
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
