import { describe, expect, it } from 'vitest';
import { parseNotification, type GwsNotification, type Tweet } from '../../../src/gws/schemas';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';

const cap = 1000;

function stateChange(tweet: Tweet, referenceId?: number): GwsNotification {
  return { kind: 'tweetState', notificationType: 'StatusChange', referenceId, tweet };
}
function at(ms: number, notification: GwsNotification): OutboundEvent {
  return { type: 'notification', notification, at: ms };
}
function apply(state: OutboundTweets, ...events: OutboundEvent[]): OutboundTweets {
  return applyOutboundEvents(state, events, cap);
}
const composing: Tweet = { id: 'T1', state: 'Composing', twitterType: 'Outbound', capabilities: ['Send', 'Cancel'] };
const sent: Tweet = {
  id: 'T1',
  state: 'Sent',
  twitterType: 'Outbound',
  capabilities: [],
  message: 'Hello',
  userData: { _twitterUserScreenName: 'gc_support' },
};

describe('applyOutboundEvents', () => {
  it('inserts a new tweet and records when its state was first seen', () => {
    const s = apply(emptyOutboundTweets, at(1000, stateChange(composing, 1)));
    expect(s.entries.get('T1')).toMatchObject({ tweet: composing, stateTimes: { Composing: 1000 }, firstSeen: 1000 });
  });

  it('upserts by id and keeps the time of each state (Composing → Sent)', () => {
    const s = apply(emptyOutboundTweets, at(1000, stateChange(composing, 1)), at(1450, stateChange(sent, 2)));
    expect(s.entries.size).toBe(1);
    const entry = s.entries.get('T1');
    expect(entry?.tweet.state).toBe('Sent');
    expect(entry?.stateTimes).toEqual({ Composing: 1000, Sent: 1450 });
    expect(entry?.tweet.userData?._twitterUserScreenName).toBe('gc_support');
  });

  it('the same notification twice changes nothing (same object back)', () => {
    const once = apply(emptyOutboundTweets, at(1000, stateChange(sent, 2)));
    const twice = apply(once, at(2000, stateChange(sent, 2)));
    expect(twice).toBe(once);
  });

  it('a late, older state never overwrites a newer one', () => {
    const s = apply(emptyOutboundTweets, at(1000, stateChange(sent, 2)), at(1100, stateChange(composing, 1)));
    expect(s.entries.get('T1')?.tweet.state).toBe('Sent');
    expect(s.entries.get('T1')?.tweet.capabilities).toEqual([]);
  });

  it('accepts both notification spellings through the parser', () => {
    const gws = parseNotification({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: composing });
    const doc = parseNotification({
      messageType: 'TweetStateChangeMessage',
      notificationType: 'StatusChange',
      tweet: { id: 'T2', state: 'Composing', tweetType: 'Outbound' },
    });
    const s = apply(emptyOutboundTweets, at(1, gws), at(2, doc));
    expect([...s.entries.keys()]).toEqual(['T1', 'T2']);
    expect(s.entries.get('T2')?.tweet.twitterType).toBe('Outbound');
  });

  it('marks an Error on the tweet, keeps it Composing, and clears it once the tweet is Sent', () => {
    const error: GwsNotification = { kind: 'tweetError', referenceId: 7, errorMessage: 'Status is a duplicate.', tweet: composing };
    const failed = apply(emptyOutboundTweets, at(1000, error));
    expect(failed.entries.get('T1')).toMatchObject({ tweet: { state: 'Composing' }, error: { message: 'Status is a duplicate.', referenceId: 7 } });
    expect(apply(failed, at(1200, error))).toBe(failed);
    const resent = apply(failed, at(2000, stateChange(sent, 8)));
    expect(resent.entries.get('T1')?.error).toBeUndefined();
  });

  it('ignores notifications that carry no tweet', () => {
    const s = apply(
      emptyOutboundTweets,
      at(1, { kind: 'unrecognised', reason: 'junk' }),
      at(2, { kind: 'tweetError', referenceId: 3, errorMessage: 'x', tweet: undefined }),
      at(3, { kind: 'channelState', channels: [] }),
    );
    expect(s).toBe(emptyOutboundTweets);
  });

  it('a REST list merges without dropping tweets known only from notifications', () => {
    const fromNotifications = apply(emptyOutboundTweets, at(1000, stateChange({ id: 'LIVE', state: 'Composing' })));
    const merged = applyOutboundEvents(
      fromNotifications,
      [{ type: 'list', tweets: [sent, { id: 'T9', state: 'Canceled' }], at: 2000 }],
      cap,
    );
    expect([...merged.entries.keys()].sort()).toEqual(['LIVE', 'T1', 'T9']);
    const again = applyOutboundEvents(merged, [{ type: 'list', tweets: [sent], at: 3000 }], cap);
    expect(again).toBe(merged);
  });

  it('a stale list does not roll back a state seen live', () => {
    const live = apply(emptyOutboundTweets, at(1000, stateChange(sent)));
    const afterList = applyOutboundEvents(live, [{ type: 'list', tweets: [composing], at: 2000 }], cap);
    expect(afterList.entries.get('T1')?.tweet.state).toBe('Sent');
  });

  it('drops the oldest entries beyond the cap and counts them', () => {
    const events = Array.from({ length: 12 }, (_, i) => at(i, stateChange({ id: `T${i}`, state: 'Sent' })));
    const s = applyOutboundEvents(emptyOutboundTweets, events, 10);
    expect(s.entries.size).toBe(10);
    expect(s.evicted).toBe(2);
    expect(s.entries.has('T0')).toBe(false);
    expect(s.entries.has('T11')).toBe(true);
  });

  it('the first list goes below tweets that arrived live while it was read; later lists bring missed tweets on top', () => {
    const live = apply(emptyOutboundTweets, at(1000, stateChange({ id: 'LIVE', state: 'Composing' })));
    const initial = applyOutboundEvents(live, [{ type: 'list', tweets: [{ id: 'OLD1', state: 'Sent' }, { id: 'OLD2', state: 'Sent' }], at: 1100 }], cap);
    expect(newestFirst(initial)).toEqual(['LIVE', 'OLD2', 'OLD1']);
    expect(initial.listed).toBe(true);

    const afterGap = applyOutboundEvents(initial, [{ type: 'list', tweets: [{ id: 'OLD2', state: 'Sent' }, { id: 'GAP', state: 'Sent' }], at: 5000 }], cap);
    expect(newestFirst(afterGap)).toEqual(['GAP', 'LIVE', 'OLD2', 'OLD1']);
    expect(afterGap.entries.get('GAP')?.stateTimes).toEqual({ Sent: 5000 });
  });

  it('counts entries per shown state, from-account and agent, and keeps the counts through updates and eviction', () => {
    const sentBy = (id: string, from: string, agent: string): Tweet => ({
      id,
      state: 'Sent',
      twitterType: 'Outbound',
      from,
      userData: { ConsoleAgent: agent },
    });
    let s = apply(
      emptyOutboundTweets,
      at(1, stateChange({ id: 'A', state: 'Composing' })),
      at(2, stateChange({ id: 'B', state: 'Composing' })),
      at(3, stateChange({ id: 'IN', state: 'Invited', twitterType: 'Inbound' })),
    );
    expect(Object.fromEntries(s.facets.outboundStates)).toEqual({ Composing: 2 });
    expect(Object.fromEntries(s.facets.inboundStates)).toEqual({ Invited: 1 });

    s = apply(
      s,
      at(4, stateChange(sentBy('A', 'gc_support', 'agent1'))),
      at(5, { kind: 'tweetError', referenceId: 9, errorMessage: 'Status is a duplicate.', tweet: { id: 'B', state: 'Composing' } }),
    );
    expect(Object.fromEntries(s.facets.outboundStates)).toEqual({ Sent: 1, Error: 1 });
    expect(Object.fromEntries(s.facets.fromAccounts)).toEqual({ gc_support: 1 });
    expect(Object.fromEntries(s.facets.agents)).toEqual({ agent1: 1 });

    s = applyOutboundEvents(s, [at(6, stateChange(sentBy('C', 'gc_care', 'agent2')))], 2);
    expect([...s.entries.keys()]).toEqual(['IN', 'C']);
    expect(s.evicted).toBe(2);
    expect(Object.fromEntries(s.facets.outboundStates)).toEqual({ Sent: 1 });
    expect(Object.fromEntries(s.facets.inboundStates)).toEqual({ Invited: 1 });
    expect(Object.fromEntries(s.facets.fromAccounts)).toEqual({ gc_care: 1 });
    expect(Object.fromEntries(s.facets.agents)).toEqual({ agent2: 1 });
  });

  it('a frame of 200 notifications about recent tweets, among 100,000 known, copies only what it touches', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => at(i, stateChange({ id: `T${i}`, state: 'Composing', twitterType: 'Outbound' })));
    let s = applyOutboundEvents(emptyOutboundTweets, many, 100_000);
    for (let frame = 0; frame < 20; frame += 1) {
      const before = s;
      // As in real traffic, the tweets that change are the recent ones (Composing → Sent shortly after Create).
      const batch = Array.from({ length: 200 }, (_, i) => at(200_000 + frame, stateChange({ id: `T${99_999 - ((frame * 200 + i) * 7) % 2_000}`, state: 'Sent' })));
      s = applyOutboundEvents(s, batch, 100_000);
      const { chunks, buckets } = s.entries.parts;
      // Structural sharing, counted rather than timed: the 2,000 newest tweets sit in at most 3 of the
      // ~98 chunks; no id is new, so no id bucket is copied; untouched tweets are the same objects.
      expect(chunks.filter((chunk, k) => chunk !== before.entries.parts.chunks[k]).length).toBeLessThanOrEqual(3);
      expect(buckets.every((bucket, k) => bucket === before.entries.parts.buckets[k])).toBe(true);
      expect(s.entries.get('T0')).toBe(before.entries.get('T0'));
    }
    expect(s.facets.outboundStates.get('Sent')).toBe(2_000);
    expect(s.entries.size).toBe(100_000);
  });

  it('takes the agent the team feed names over userData, and keeps it through updates that name none', () => {
    const byUserData: Tweet = { ...composing, userData: { ConsoleAgent: 'someone-else' } };
    let s = apply(emptyOutboundTweets, at(1, { kind: 'tweetState', notificationType: 'StatusChange', referenceId: undefined, tweet: byUserData, agent: 'agent2' }));
    expect(s.entries.get('T1')?.agent).toBe('agent2');
    expect(Object.fromEntries(s.facets.agents)).toEqual({ agent2: 1 });
    s = apply(s, at(2, stateChange({ ...sent, userData: {} })));
    expect(s.entries.get('T1')?.agent).toBe('agent2');
  });

  it("takes each listed tweet's agent from the team feed's list", () => {
    const other: Tweet = { ...sent, id: 'T2' };
    const s = apply(emptyOutboundTweets, { type: 'list', tweets: [composing, other], agents: new Map([['T1', 'agent1'], ['T2', 'agent3']]), at: 5 });
    expect([s.entries.get('T1')?.agent, s.entries.get('T2')?.agent]).toEqual(['agent1', 'agent3']);
  });

  it('a tweet first learnt from a list read has an unknown start (its list time is a bound); one from a notification has not', () => {
    let s = apply(emptyOutboundTweets, { type: 'list', tweets: [composing], at: 5_000 });
    const listed = s.entries.get('T1');
    expect(listed).toMatchObject({ startUnknown: true, firstSeen: 5_000, stateTimes: { Composing: 5_000 } });
    s = apply(s, at(9_000, stateChange(sent)));
    expect(s.entries.get('T1')).toMatchObject({ startUnknown: true, stateTimes: { Composing: 5_000, Sent: 9_000 } });
    const notified = apply(emptyOutboundTweets, at(1_000, stateChange({ ...composing, id: 'T2' }))).entries.get('T2');
    expect(notified?.startUnknown).toBeUndefined();
  });

  it('keeps an Error mark and the first-seen time when the list is read again with the tweet still Composing', () => {
    const failed: GwsNotification = { kind: 'tweetError', referenceId: 3, errorMessage: 'Status is a duplicate.', tweet: composing };
    let s = apply(emptyOutboundTweets, at(1_000, stateChange(composing)), at(2_000, failed));
    s = apply(s, { type: 'list', tweets: [composing], at: 60_000 });
    s = apply(s, { type: 'list', tweets: [composing], at: 120_000 });
    expect(s.entries.get('T1')).toMatchObject({ firstSeen: 1_000, error: { message: 'Status is a duplicate.' } });
    expect(s.entries.get('T1')?.startUnknown).toBeUndefined();
  });
});

function newestFirst(state: OutboundTweets): string[] {
  const ids: string[] = [];
  state.entries.forEachNewestFirst((entry) => void ids.push(entry.id));
  return ids;
}
