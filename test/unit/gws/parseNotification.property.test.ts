import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { userDataValueLine } from '../../../src/features/outbound/model/userDataValue';
import { parseNotification, tweetListResponseSchema } from '../../../src/gws/schemas';
import { mutatedChannelState, mutatedOperationResponse, otherMutationCounts, validChannelState, validOperationResponse } from './support/channelAndOperationMutations';
import { fieldOf, junkNotification, junkValue, routeOf } from './support/junkNotifications';
import { errorSample, errorWire, validStateChange, type Case } from './support/notificationArbitraries';
import { mutatedError, mutatedStateChange, tweetMutationCounts } from './support/tweetNotificationMutations';

let total = 0;

/** Parses every case and checks the exact outcome; answers the names of the generators or mutations seen. */
function checkCases(cases: fc.Arbitrary<Case>, numRuns: number): Set<string> {
  const names = new Set<string>();
  fc.assert(
    fc.property(cases, ({ name, wire, expected }) => {
      total += 1;
      names.add(name);
      const n = parseNotification(wire);
      if ('accepted' in expected) {
        expect(n, name).toStrictEqual(expected.accepted);
        return;
      }
      expect(n, name).toMatchObject({ kind: 'unrecognised' });
      const reason = n.kind === 'unrecognised' ? n.reason : '';
      expect(reason.slice(0, expected.refusedWith.length), `${name}: ${reason}`).toBe(expected.refusedWith);
    }),
    { numRuns },
  );
  return names;
}

function assertNoPollution() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

afterAll(() => {
  // The issue asks for at least 10,000 generated and mutated messages, each checked for its outcome.
  expect(total).toBeGreaterThanOrEqual(10_000);
});

describe('parseNotification on valid messages built from valid field values (fast-check)', () => {
  it('a state change (both messageType spellings) is tweetState with its notificationType (absent → StatusChange), referenceId and tweet: null fields absent, tweetType read as twitterType, twitter before tweet', () => {
    expect(checkCases(validStateChange, 1_500).size).toBe(3);
  });

  it('an Error is tweetError with errorMessage (else statusMessage, else a default text), its referenceId and its tweet when it has one', () => {
    checkCases(errorSample.map((s) => ({ name: 'Error', wire: errorWire(s), expected: { accepted: s.expected } })), 800);
  });

  it('a Twitter/TweetOperationResponse is operationResponse with success from true/false/"true"/"false", referenceId and errorMessage', () => {
    checkCases(validOperationResponse, 400);
  });

  it('a channel state in its three forms (no messageType, ChannelStateChangeMessage, …V2) gives every entry with its channel and state', () => {
    expect(checkCases(validChannelState, 800).size).toBe(3);
  });
});

describe('parseNotification on valid messages with exactly one field changed (fast-check)', () => {
  it('state change: extra fields and unknown states/notificationTypes accepted as they came; a missing or mistyped id, field, resource or messageType unrecognised, the reason naming it', () => {
    expect(checkCases(mutatedStateChange, 2_600).size).toBe(tweetMutationCounts.stateChange);
    assertNoPollution();
  });

  it('Error: extra fields accepted, no tweet → tweet undefined, no notificationType → a state change; a mistyped errorMessage or referenceId, or a tweet without id, unrecognised with its path', () => {
    expect(checkCases(mutatedError, 1_000).size).toBe(tweetMutationCounts.error);
  });

  it('channel state: extra fields accepted; an unreadable entry left out (unrecognised when none is left); channels missing or not a list unrecognised', () => {
    expect(checkCases(mutatedChannelState, 1_200).size).toBe(otherMutationCounts.channel);
  });

  it('operation response: extra fields accepted; success missing or not true/false/"true"/"false", a mistyped errorMessage or referenceId unrecognised with its path', () => {
    expect(checkCases(mutatedOperationResponse, 600).size).toBe(otherMutationCounts.operation);
  });
});

describe('parseNotification on junk, messageType keys included (fast-check)', () => {
  it('never throws; answers the kind its messageType routes to (with that referenceId, tweet id and success), or unrecognised with the reason of that route; pollutes no prototype', () => {
    fc.assert(
      fc.property(junkNotification, (data) => {
        total += 1;
        const n = parseNotification(data);
        const route = routeOf(data);
        if (n.kind === 'unrecognised') {
          expect(n.reason.slice(0, route.reasonStart.length)).toBe(route.reasonStart);
          return;
        }
        expect(n.kind).toBe(route.kind);
        if (n.kind === 'tweetState' || n.kind === 'tweetError' || n.kind === 'operationResponse') {
          expect(n.referenceId).toBe(fieldOf(data, 'referenceId') ?? undefined);
        }
        if (n.kind === 'tweetState') expect(n.tweet.id).toBe(fieldOf(fieldOf(data, 'twitter') ?? fieldOf(data, 'tweet'), 'id'));
        if (n.kind === 'operationResponse') expect(n.success).toBe(fieldOf(data, 'success') === true || fieldOf(data, 'success') === 'true');
      }),
      { numRuns: 3_000 },
    );
    assertNoPollution();
  });
});

describe('userData holds any JSON value (fast-check)', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const stateChange = (userData: unknown) => ({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', referenceId: 3, twitter: { id: 't1', userData } });

  it('a valid notification stays recognised, with every userData value as it came — null, booleans, nested lists', () => {
    // "__proto__" keys are left out here: the parser drops them (a mutation in the tests above).
    const key = fc.string({ maxLength: 20 }).filter((name) => name !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, anyJson, { maxKeys: 12 }), (userData) => {
        // Through JSON, as CometD delivers it.
        const n = parseNotification(JSON.parse(JSON.stringify(stateChange(userData))));
        expect(n).toMatchObject({ kind: 'tweetState', tweet: { id: 't1' } });
        if (n.kind === 'tweetState') expect(n.tweet.userData).toEqual(JSON.parse(JSON.stringify(userData)));
      }),
      { numRuns: 1_500 },
    );
  });

  it('a list item with any JSON userData is read; only items that do not fit the resource are left out', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), userData: fc.dictionary(fc.string(), anyJson, { maxKeys: 5 }) }), { maxLength: 8 }), fc.array(junkValue, { maxLength: 3 }), (tweets, junk) => {
        const list = tweetListResponseSchema.parse(JSON.parse(JSON.stringify({ statusCode: 0, tweets: [...tweets, ...junk.map(() => ({ id: 7 }))] })));
        expect(list.tweets.map((tweet) => tweet.id)).toEqual(tweets.map((tweet) => tweet.id));
        expect(list.ignored).toHaveLength(junk.length);
      }),
      { numRuns: 500 },
    );
  });

  it('every value reads as text without throwing: a string as it is, anything else as one line of compact JSON; a 100,000-deep list cut at the limit', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const line = userDataValueLine(value);
        if (typeof value === 'string') {
          expect(line).toBe(value);
        } else {
          expect(line).toBe(JSON.stringify(value));
          expect(line).not.toContain('\n');
        }
      }),
      { numRuns: 2_000 },
    );
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(userDataValueLine(deep, 50)).toMatch(/^\[{50}…$/);
  });
});
