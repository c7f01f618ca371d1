import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotification } from '../../../src/gws/schemas';
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
  fc.anything({ key: hostileKey, maxDepth: 4 }),
);
const batches = fc.array(fc.array(rawMessage, { maxLength: 20 }), { minLength: 1, maxLength: 10 });

function toEvents(batch: unknown[], at: number): Extract<OutboundEvent, { type: 'notification' }>[] {
  return batch.map((data, i) => ({ type: 'notification', notification: parseNotification(data), at: at + i }));
}

describe('applyOutboundEvents under generated notification streams (fast-check)', () => {
  it('never throws, never regresses a state, keeps within the cap, never pollutes prototypes', () => {
    fc.assert(
      fc.property(batches, fc.integer({ min: 1, max: 6 }), (stream, cap) => {
        let state: OutboundTweets = emptyOutboundTweets;
        const seen = new Set<string>();
        stream.forEach((batch, b) => {
          const before = state;
          state = applyOutboundEvents(state, toEvents(batch, b * 1000), cap);
          expect(state.entries.size).toBeLessThanOrEqual(cap);
          for (const [id, entry] of state.entries) {
            const earlier = before.entries.get(id);
            if (earlier) expect(rankOf(entry.tweet.state)).toBeGreaterThanOrEqual(rankOf(earlier.tweet.state));
            expect(entry.id).toBe(id);
            expect(Object.getPrototypeOf(entry.tweet)).toBe(Object.prototype);
          }
          for (const event of toEvents(batch, 0)) {
            const n = event.notification;
            if (n.kind === 'tweetState' || (n.kind === 'tweetError' && n.tweet)) seen.add(n.kind === 'tweetState' ? n.tweet.id : (n.tweet?.id ?? ''));
          }
        });
        // every distinct tweet is either kept or counted as evicted
        expect(state.entries.size + state.evicted).toBeGreaterThanOrEqual(Math.min(seen.size, cap));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);

  it('applying the same event again changes nothing, and valid notifications are applied', () => {
    fc.assert(
      fc.property(fc.array(rawMessage, { minLength: 1, maxLength: 30 }), (batch) => {
        let state: OutboundTweets = emptyOutboundTweets;
        for (const event of toEvents(batch, 1)) {
          state = applyOutboundEvents(state, [event], 1_000);
          expect(applyOutboundEvents(state, [event], 1_000)).toBe(state);
          const n = event.notification;
          if (n.kind !== 'tweetState') continue;
          const entry = state.entries.get(n.tweet.id);
          expect(entry).toBeDefined();
          // the state of every tweet ever seen is recorded with its time, whatever its name
          if (entry && n.tweet.state !== undefined && entry.tweet.state === n.tweet.state) {
            expect(Object.hasOwn(entry.stateTimes, n.tweet.state)).toBe(true);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
