import { describe, expect, it } from 'vitest';
import { agentOf } from '../../../src/features/outbound/model/agentAttribution';
import {
  composingToSentMs, displayNameOf, displayStateOf, fromAccountOf, initialsOf, isStuck, profileImageUrlOf, safeHttpUrl, screenNameOf,
  stateTimeIsBound, tweetLinkOf, userDataFlag,
} from '../../../src/features/outbound/model/entryView';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { formatDuration, formatRelativeTime } from '../../../src/features/outbound/model/timeFormat';
import { connectionLabel } from '../../../src/features/outbound/connection/connectionLabel';

function entry(partial: Partial<OutboundEntry> & { tweet: OutboundEntry['tweet'] }): OutboundEntry {
  return { id: partial.tweet.id, stateTimes: {}, firstSeen: 0, lastChange: 0, error: undefined, agent: undefined, ...partial };
}

describe('entry view', () => {
  it('uses only absolute http(s) URLs for images and links', () => {
    expect(safeHttpUrl('https://pbs.twimg.com/a.png')).toBe('https://pbs.twimg.com/a.png');
    expect(safeHttpUrl('http://127.0.0.1:5173/sim/avatars/gc_support.svg')).toBe('http://127.0.0.1:5173/sim/avatars/gc_support.svg');
    for (const bad of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', '/relative.png', 'ftp://x/y', 'not a url', undefined]) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
    expect(profileImageUrlOf({ id: 'T', userData: { _twitterUserImageURL: 'javascript:alert(1)' } })).toBeUndefined();
  });

  it("links to the tweet on Twitter only when its status id is known, never to GWS's internal uri", () => {
    expect(tweetLinkOf({ id: 'T', uri: 'http://192.168.83.25:8080/api/v2/tweet/01QQQG2MU214P05G' })).toBeUndefined();
    expect(tweetLinkOf({ id: 'T', twitterMsgId: '85262302' })).toBe('https://twitter.com/i/web/status/85262302');
    expect(tweetLinkOf({ id: 'T', userData: { _twitterMsgId: '1790000000000000001' } })).toBe('https://twitter.com/i/web/status/1790000000000000001');
    expect(tweetLinkOf({ id: 'T', userData: { _twitterMsgId: 85262302 } })).toBe('https://twitter.com/i/web/status/85262302');
    // Beyond 2^53 a JSON number has lost digits: no link rather than someone else's tweet.
    expect(tweetLinkOf({ id: 'T', userData: { _twitterMsgId: Number('1790000000000000001') } })).toBeUndefined();
    expect(tweetLinkOf({ id: 'T', twitterMsgId: 'javascript:alert(1)' })).toBeUndefined();
    expect(tweetLinkOf({ id: 'T', userData: { _twitterMsgId: null } })).toBeUndefined();
  });

  it('reads names, accounts and flags from the tweet and its userData, whatever JSON the values are', () => {
    const tweet = {
      id: 'T',
      userData: {
        FromAddress: 'gc_care', _twitterUserScreenName: '@gc_support', _umsInboundIxnSubmittedBy: 'esv_smsrv_vit',
        _twitterContactIsFollower: 'true', _twitterContactIsFriend: 0, _twitterUserName: null, RTarget: { Group: 'Social' },
      },
    };
    expect(screenNameOf(tweet)).toBe('gc_support');
    expect(fromAccountOf(tweet)).toBe('gc_care');
    expect(fromAccountOf({ ...tweet, from: 'gc_sales' })).toBe('gc_sales');
    expect(displayNameOf(tweet)).toBeUndefined();
    expect(userDataFlag(tweet, '_twitterContactIsFollower')).toBe(true);
    expect(userDataFlag(tweet, '_twitterContactIsFriend')).toBe(false);
    expect(userDataFlag({ id: 'T' }, '_twitterContactIsFriend')).toBeUndefined();
  });

  it('the agent is the console-written userData key, else the signed-in user for their own list — never the SMS application', () => {
    const smsOnly = { id: 'T', userData: { _umsInboundIxnSubmittedBy: 'esv_smsrv_vit' } };
    expect(agentOf(smsOnly, { userDataKey: 'ConsoleAgent', ownUser: undefined })).toBeUndefined();
    expect(agentOf(smsOnly, { userDataKey: 'ConsoleAgent', ownUser: 'agent1' })).toBe('agent1');
    const written = { id: 'T', userData: { ConsoleAgent: 'agent2' } };
    expect(agentOf(written, { userDataKey: 'ConsoleAgent', ownUser: 'agent1' })).toBe('agent2');
    expect(agentOf({ id: 'T', userData: { Who: 'kim' } }, { userDataKey: 'Who', ownUser: undefined })).toBe('kim');
  });

  it('shows Error while a failure is marked, else the state as it came', () => {
    expect(displayStateOf(entry({ tweet: { id: 'T', state: 'Composing' }, error: { message: 'x', referenceId: 1, at: 0 } }))).toBe('Error');
    expect(displayStateOf(entry({ tweet: { id: 'T', state: 'Parked' } }))).toBe('Parked');
    expect(displayStateOf(entry({ tweet: { id: 'T' } }))).toBe('Unknown');
  });

  it('makes initials, times Composing → Sent, and tells a stuck draft', () => {
    expect(initialsOf('gc_support')).toBe('GS');
    expect(initialsOf('Vitaliy')).toBe('VI');
    expect(initialsOf('')).toBe('?');
    const sentEntry = entry({ tweet: { id: 'T', state: 'Sent' }, stateTimes: { Composing: 1_000, Sent: 1_350 } });
    expect(composingToSentMs(sentEntry)).toBe(350);
    const draft = entry({ tweet: { id: 'T', state: 'Composing' }, stateTimes: { Composing: 1_000 } });
    expect(isStuck(draft, 30_999, 30_000)).toBe(false);
    expect(isStuck(draft, 31_000, 30_000)).toBe(true);
    expect(isStuck(sentEntry, 99_000, 30_000)).toBe(false);
  });

  it('words times, durations and the connection state', () => {
    expect(formatRelativeTime(10_000, 12_000)).toBe('now');
    expect(formatRelativeTime(0, 42_000)).toBe('42 seconds ago');
    expect(formatRelativeTime(0, 3 * 60_000)).toBe('3 minutes ago');
    expect(formatDuration(350)).toBe('0.35 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(connectionLabel({ status: 'connected' })).toBe('Live');
    expect(connectionLabel({ status: 'reconnecting', attempt: 3 })).toBe('Reconnecting… (attempt 3)');
    expect(connectionLabel({ status: 'connected' }, { paused: true, waitingTweets: 1200, waitingEvents: 2400, autoResumed: false })).toBe('Paused — 1,200 new');
    expect(connectionLabel({ status: 'connected' }, { paused: false, waitingTweets: 0, waitingEvents: 0, autoResumed: true })).toBe('Live');
    expect(connectionLabel({ status: 'disconnected' })).toBe('Offline');
  });
});

describe('stateTimeIsBound and composingToSentMs', () => {
  const base = { id: 'T1', tweet: { id: 'T1', state: 'Sent' }, firstSeen: 5_000, lastChange: 9_000, error: undefined, agent: undefined };
  it('a state that came with the first list read is only bounded, and a Composing → Sent time built on it is unknown', () => {
    const listed = { ...base, startUnknown: true as const, stateTimes: { Composing: 5_000, Sent: 9_000 } };
    expect(stateTimeIsBound(listed, 'Composing')).toBe(true);
    expect(stateTimeIsBound(listed, 'Sent')).toBe(false);
    expect(composingToSentMs(listed)).toBeUndefined();
  });
  it('a tweet seen from its Composing on has exact times', () => {
    const seen = { ...base, stateTimes: { Composing: 5_000, Sent: 9_000 } };
    expect(stateTimeIsBound(seen, 'Composing')).toBe(false);
    expect(composingToSentMs(seen)).toBe(4_000);
  });
});
