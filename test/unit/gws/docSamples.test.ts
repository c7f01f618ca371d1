import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agentOf } from '../../../src/features/outbound/model/agentAttribution';
import { tweetLinkOf } from '../../../src/features/outbound/model/entryView';
import { applyOutboundEvents, emptyOutboundTweets } from '../../../src/features/outbound/model/outboundTweets';
import { nextTwitterChannelState } from '../../../src/features/session/twitterChannelState';
import { twitterAccountsOf } from '../../../src/features/session/twitterAccounts';
import { ackSchema, meResponseSchema, parseNotification, tweetSchema, userSchema, type GwsNotification } from '../../../src/gws/schemas';
import { testConfig } from '../../support/testConfig';

// Every JSON sample copied from a Genesys doc page (test/fixtures/gws-docs, sources in SOURCES.md)
// goes through the app's parsers with the outcome the docs imply.

const folder = new URL('../../fixtures/gws-docs/', import.meta.url);
const sample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
/** The CometD samples of the 8.5.0 and TwitterMessageType pages are whole Bayeux messages: the notification is `data`. */
const dataOf = (name: string): unknown => {
  const message = sample(name);
  return typeof message === 'object' && message !== null && 'data' in message ? message.data : undefined;
};

function tweetStateOf(notification: GwsNotification) {
  if (notification.kind !== 'tweetState') throw new Error(`expected a tweet state, got ${JSON.stringify(notification)}`);
  return notification;
}

const checks: Record<string, () => void> = {
  'accept-cometd-truncated.json': () => {
    const { referenceId, tweet } = tweetStateOf(parseNotification(sample('accept-cometd-truncated.json')));
    expect(referenceId).toBe(11);
    expect(tweet).toMatchObject({ id: '01QQQG2MU214P05F', state: 'Processing', twitterType: 'Inbound', contactId: '0000Ka96XNNU4488' });
    expect(tweet.userData).toMatchObject({ RRequestedSkills: null, 'PegAGSocial Media Agent Group': 1, RStrategyDBID: '985' });
  },
  'cancel-cometd.json': () => {
    const { referenceId, tweet } = tweetStateOf(parseNotification(sample('cancel-cometd.json')));
    expect({ referenceId, tweet }).toEqual({
      referenceId: 12,
      tweet: { id: '01QQQG2MU214P05G', state: 'Canceled', twitterType: 'Outbound', capabilities: [], uri: 'http://192.168.83.25:8080/api/v2/tweet/01QQQG2MU214P05G' },
    });
    // GWS's REST uri is on an internal host: never a link for people.
    expect(tweetLinkOf(tweet)).toBeUndefined();
  },
  'cancel-http-response.json': () => expect(ackSchema.parse(sample('cancel-http-response.json'))).toEqual({ statusCode: 0, referenceId: 12 }),
  'cancel-2015-draft-http-response.json': () =>
    expect(ackSchema.parse(sample('cancel-2015-draft-http-response.json'))).toEqual({ statusCode: 0 }),
  'channels-850-dnd-cometd.json': () => {
    const notification = parseNotification(dataOf('channels-850-dnd-cometd.json'));
    expect(notification).toEqual({ kind: 'channelState', channels: [{ channel: undefined, state: 'NotReady' }] });
    // No channel name: knowingly not taken as the Twitter channel's state.
    expect(nextTwitterChannelState('Ready', notification, 'twitter')).toBe('Ready');
  },
  'channels-850-ready-cometd.json': () => {
    const notification = parseNotification(dataOf('channels-850-ready-cometd.json'));
    expect(notification).toEqual({ kind: 'channelState', channels: [{ channel: 'chat', state: 'Ready' }] });
    expect(nextTwitterChannelState('NotReady', notification, 'chat')).toBe('Ready');
    expect(nextTwitterChannelState('NotReady', notification, 'twitter')).toBe('NotReady');
  },
  'channels-v2-ready-cometd.json': () => {
    const notification = parseNotification(dataOf('channels-v2-ready-cometd.json'));
    expect(notification).toEqual({ kind: 'channelState', channels: [{ channel: 'chat', state: 'Ready' }] });
    expect(nextTwitterChannelState('NotReady', notification, 'chat')).toBe('Ready');
  },
  'complete-cometd-truncated.json': () => {
    const { referenceId, tweet } = tweetStateOf(parseNotification(sample('complete-cometd-truncated.json')));
    expect(referenceId).toBe(45);
    expect(tweet).toMatchObject({ id: '01QQQG2MU214P05K', state: 'Completed', capabilities: [] });
    expect(tweet.userData?.CustomerSegment).toBe('default');
  },
  'create-cometd.json': () => {
    const { referenceId, tweet } = tweetStateOf(parseNotification(sample('create-cometd.json')));
    expect(referenceId).toBe(10);
    expect(tweet).toMatchObject({ id: '01QQQG2MU214P05G', state: 'Composing', twitterType: 'Outbound' });
    expect(tweet.capabilities).toEqual(expect.arrayContaining(['Send', 'Cancel']));
  },
  'create-http-response.json': () => expect(ackSchema.parse(sample('create-http-response.json'))).toEqual({ statusCode: 0, referenceId: 10 }),
  'endcontactcentersession-http-response.json': () =>
    expect(ackSchema.parse(sample('endcontactcentersession-http-response.json'))).toEqual({ statusCode: 0 }),
  'me-http-response.json': () => {
    const me = meResponseSchema.parse(sample('me-http-response.json'));
    expect(me.user).toMatchObject({ id: '63630bbebf4840d7a0bffd6312bc29ff', userName: 'ksippo', firstName: 'Kristi', roles: ['ROLE_AGENT'], enabled: true });
    // Without ?subresources there are no settings: the accounts come from config.json, or there are none.
    expect(twitterAccountsOf(me.user, testConfig()).source).toBe('none');
    expect(twitterAccountsOf(me.user, testConfig({ twitterAccounts: ['acme'] })).accounts).toEqual([{ screenName: 'acme' }]);
  },
  'me-resource.json': () => {
    const resource = sample('me-resource.json');
    // A resource sample, not an answer: no statusCode, so knowingly not an answer to GET /me …
    expect(meResponseSchema.safeParse(resource).success).toBe(false);
    // … but its user is a user.
    const user = typeof resource === 'object' && resource !== null && 'user' in resource ? resource.user : undefined;
    expect(userSchema.parse(user)).toMatchObject({ userName: 'john123@genesys.com', roles: ['ROLE_ADMIN'] });
  },
  'messagetype-cometd-truncated.json': () => {
    const { referenceId, tweet } = tweetStateOf(parseNotification(dataOf('messagetype-cometd-truncated.json')));
    expect(referenceId).toBe(139);
    expect(tweet).toMatchObject({ id: '01QN0QJNKK73600V', state: 'Processing', twitterType: 'Inbound', twitterMsgId: '85262302' });
    expect(tweetLinkOf(tweet)).toBe('https://twitter.com/i/web/status/85262302');
  },
  'ready-http-response.json': () => expect(ackSchema.parse(sample('ready-http-response.json'))).toEqual({ statusCode: 0 }),
  'resource-resource.json': () => {
    const tweet = tweetSchema.parse(sample('resource-resource.json'));
    expect(tweet).toMatchObject({ id: '01QHAK2MYW30A00C', parentId: '01QHAK2MYW30A00B', state: 'Composing', twitterType: 'Outbound', message: 'Hello world!' });
    expect(tweet.userData).toEqual({ To: 'some_twitter_account', _twitterInReplyToStatusId: '80884709', _twitterMsgType: 'status', _umsChannel: 'channel-twitter' });
    expect(tweetLinkOf(tweet)).toBeUndefined();
  },
  'save-cometd.json': () => {
    const notification = tweetStateOf(parseNotification(sample('save-cometd.json')));
    expect(notification).toMatchObject({ notificationType: 'TwitterSaved', referenceId: 40, tweet: { id: '01QQQG2MU214P066', state: 'Composing' } });
    expect(notification.tweet.userData).toEqual({ UserData2: 123456789 });
  },
  'save-with-twitter-http-response.json': () => expect(ackSchema.parse(sample('save-with-twitter-http-response.json'))).toEqual({ statusCode: 0 }),
  'send-http-response.json': () => expect(ackSchema.parse(sample('send-http-response.json'))).toEqual({ statusCode: 0, referenceId: 57 }),
  'unfollow-cometd-failure.json': () =>
    expect(parseNotification(sample('unfollow-cometd-failure.json'))).toEqual({
      kind: 'operationResponse',
      referenceId: 1,
      success: false,
      errorMessage: 'Unable to perform twitter operation',
    }),
  'unfollow-cometd-success.json': () =>
    expect(parseNotification(sample('unfollow-cometd-success.json'))).toEqual({ kind: 'operationResponse', referenceId: 1, success: true, errorMessage: undefined }),
};

describe('the Genesys documentation samples, through our parsers', () => {
  it('every sample file has its check (a new sample needs one)', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(Object.entries(checks))('%s', (_name, check) => check());
});

describe('the seed page sample (Send → Sent)', () => {
  const seedSent: unknown = JSON.parse(readFileSync(new URL('../../fixtures/seed/seed-sent-notification.json', import.meta.url), 'utf8'));

  it('the agent is never the Social Messaging Server application of _umsInboundIxnSubmittedBy', () => {
    const notification = tweetStateOf(parseNotification(seedSent));
    expect(notification.tweet.userData?._umsInboundIxnSubmittedBy).toBe('esv_smsrv_vit');
    const ownList = applyOutboundEvents(emptyOutboundTweets, [{ type: 'notification', notification, at: 1 }], 100, {
      userDataKey: 'ConsoleAgent',
      ownUser: 'agent1',
    });
    expect(ownList.entries.get(notification.tweet.id)?.agent).toBe('agent1');
    expect(agentOf(notification.tweet, { userDataKey: 'ConsoleAgent', ownUser: undefined })).toBeUndefined();
    expect(agentOf({ ...notification.tweet, userData: { ...notification.tweet.userData, ConsoleAgent: 'agent2' } }, { userDataKey: 'ConsoleAgent', ownUser: 'agent1' })).toBe('agent2');
  });
});
