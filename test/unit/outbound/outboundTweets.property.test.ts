import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotification, type Tweet } from '../../../src/gws/schemas';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';

const rank: Record<string, number> = { Invited: 0, Composing: 1, Processing: 1, Sent: 2, Canceled: 3, Completed: 3 };
const rankOf = (state: string | undefined) => (state === undefined ? 0 : Object.hasOwn(rank, state) ? (rank[state] ?? 1) : 1);

const hostileKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype'));
const tweetId = fc.constantFrom('A', 'B', 'C', 'D', 'E', '__proto__', 'constructor', 'hasOwnProperty');
const rawMessage = fc.oneof(
  // valid state changes over a small id space, so ids collide and states arrive out of order
  fc.record({
    messageType: fc.constantFrom('TwitterStateChangeMessage', 'TweetStateChangeMessage'),
    notificationType: fc.constantFrom('StatusChange', 'PropertiesUpdated'),
    twitter: fc.record(
      {
        id: tweetId,
        state: fc.constantFrom('Composing', 'Sent', 'Canceled', 'Completed', 'Weird', 'constructor', '__proto__', 'toString'),
        message: fc.string({ maxLength: 20 }),
        userData: fc.dictionary(hostileKey, fc.oneof(fc.string({ maxLength: 10 }), fc.integer())),
      },
      { requiredKeys: ['id'] },
    ),
  }),
  fc.record({
    messageType: fc.constant('TwitterStateChangeMessage'),
    notificationType: fc.constant('Error'),
    referenceId: fc.integer({ min: 1, max: 50 }),
    errorMessage: fc.string({ maxLength: 20 }),
    twitter: fc.record({ id: tweetId, state: fc.constant('Composing') }),
  }),
  // an attempt at pollution through the wire, as CometD would deliver it
  tweetId.map((id): unknown => JSON.parse(`{"messageType":"TwitterStateChangeMessage","__proto__":{"polluted":"yes"},"twitter":{"id":${JSON.stringify(id)},"state":"__proto__","userData":{"__proto__":{"polluted":"yes"}}}}`)),
  fc.anything({ key: hostileKey, maxDepth: 4 }),
);
const batches = fc.array(fc.array(rawMessage, { maxLength: 20 }), { minLength: 1, maxLength: 10 });

function toEvents(batch: unknown[], at: number): Extract<OutboundEvent, { type: 'notification' }>[] {
  return batch.map((data, i) => ({ type: 'notification', notification: parseNotification(data), at: at + i }));
}

/** The tweet a notification brings to the panel, if any (state changes, and Errors naming a tweet). */
function tweetOf(event: Extract<OutboundEvent, { type: 'notification' }>): Tweet | undefined {
  const n = event.notification;
  return n.kind === 'tweetState' || n.kind === 'tweetError' ? n.tweet : undefined;
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
/** The time a state was first seen (own keys only: a state may be named "__proto__"). */
const timeOf = (times: Readonly<Record<string, number>>, state: string) => (Object.hasOwn(times, state) ? times[state] : undefined);

describe('applyOutboundEvents under generated notification streams (fast-check)', () => {
  it('never throws or regresses a state; keeps within the cap, oldest first out; kept + evicted = every distinct tweet seen + each return after eviction; pollutes no prototype', () => {
    fc.assert(
      fc.property(batches, fc.integer({ min: 1, max: 6 }), (stream, cap) => {
        let state: OutboundTweets = emptyOutboundTweets;
        // The model: ids kept in first-seen order, evicted oldest first once a batch is over the cap.
        let kept: string[] = [];
        const seen = new Set<string>();
        const evictedIds = new Set<string>();
        let evicted = 0;
        let returns = 0;
        stream.forEach((batch, b) => {
          const before = state;
          const events = toEvents(batch, b * 1000);
          state = applyOutboundEvents(state, events, cap);
          for (const id of events.flatMap((event) => tweetOf(event)?.id ?? [])) {
            seen.add(id);
            if (kept.includes(id)) continue;
            if (evictedIds.has(id)) returns += 1;
            kept.push(id);
          }
          const out = kept.slice(0, Math.max(0, kept.length - cap));
          for (const id of out) evictedIds.add(id);
          evicted += out.length;
          kept = kept.slice(out.length);

          expect(state.entries.size).toBeLessThanOrEqual(cap);
          expect([...state.entries.keys()]).toEqual(kept);
          expect(state.evicted).toBe(evicted);
          for (const [id, entry] of state.entries) {
            const earlier = before.entries.get(id);
            if (earlier) expect(rankOf(entry.tweet.state)).toBeGreaterThanOrEqual(rankOf(earlier.tweet.state));
            expect(entry.id).toBe(id);
            expect(Object.getPrototypeOf(entry.tweet)).toBe(Object.prototype);
          }
        });
        // Every distinct tweet is either kept or counted as evicted; one that came back after its
        // eviction is a new entry, so it is counted once more.
        expect(state.entries.size + state.evicted).toBe(seen.size + returns);
        const probe: Record<string, unknown> = {};
        expect(probe.polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);

  it('a new tweet is kept as it came; a later-or-equal state is taken with its time; a lower state changes nothing; the same event again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(rawMessage, { minLength: 1, maxLength: 30 }), (batch) => {
        let state: OutboundTweets = emptyOutboundTweets;
        for (const event of toEvents(batch, 1)) {
          const before = state;
          state = applyOutboundEvents(state, [event], 1_000);
          expect(applyOutboundEvents(state, [event], 1_000)).toBe(state);
          const tweet = tweetOf(event);
          if (!tweet) {
            expect(state).toBe(before);
            continue;
          }
          const known = before.entries.get(tweet.id);
          const entry = state.entries.get(tweet.id);
          if (!known) {
            expect(entry).toMatchObject({ id: tweet.id, tweet, firstSeen: event.at, stateTimes: tweet.state === undefined ? {} : { [tweet.state]: event.at } });
          } else if (tweet.state === undefined) {
            // A state-less update (rank 0) is taken for a late one (questioned in the report): not modelled.
          } else if (rankOf(tweet.state) < rankOf(known.tweet.state)) {
            expect(state).toBe(before);
          } else {
            expect(entry?.tweet.state).toBe(tweet.state);
            expect(entry && timeOf(entry.stateTimes, tweet.state)).toBe(timeOf(known.stateTimes, tweet.state) ?? event.at);
          }
          if (event.notification.kind === 'tweetError' && entry !== known) {
            expect(entry?.error).toMatchObject({ message: event.notification.errorMessage, referenceId: event.notification.referenceId });
          }
        }
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
