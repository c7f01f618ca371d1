import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { userDataValueLine } from '../../../src/features/outbound/model/userDataValue';
import { parseNotification, tweetListResponseSchema, type GwsNotification } from '../../../src/gws/schemas';

/** Keys an attacker would use to reach prototypes, mixed into every generated object. */
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'twitter', 'tweet', 'userData', 'id', 'state'),
);
const junkValue = fc.anything({
  key: hostileKey,
  maxDepth: 6,
  withBigInt: false,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
});

const validTweet = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 20 }),
    state: fc.constantFrom('Composing', 'Sent', 'Canceled', 'Completed', 'Invited', 'SomethingNew'),
    twitterType: fc.constantFrom('Outbound', 'Inbound'),
    message: fc.string({ maxLength: 300 }),
    from: fc.string({ maxLength: 20 }),
    capabilities: fc.array(fc.constantFrom('Send', 'Cancel', 'Complete', 'Reply')),
    userData: fc.dictionary(hostileKey, fc.oneof(fc.string({ maxLength: 50 }), fc.integer())),
  },
  { requiredKeys: ['id'] },
);
const validNotification = fc.record({
  messageType: fc.constant('TwitterStateChangeMessage'),
  notificationType: fc.constantFrom('StatusChange', 'PropertiesUpdated', 'TweetSaved'),
  referenceId: fc.integer({ min: 1 }),
  twitter: validTweet,
});

/** A valid message with one field broken: removed, wrong type, huge, deeply nested or hostile. */
const mutation = fc.oneof(
  fc.constant((m: Record<string, unknown>) => ({ ...m, twitter: undefined })),
  fc.constant((m: Record<string, unknown>) => ({ ...m, referenceId: String(m.referenceId) })),
  fc.constant((m: Record<string, unknown>) => ({ ...m, twitter: { ...(m.twitter as object), id: 42 } })),
  fc.constant((m: Record<string, unknown>) => ({ ...m, twitter: { ...(m.twitter as object), message: 'x'.repeat(1_000_000) } })),
  fc.constant((m: Record<string, unknown>) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5_000; i += 1) deep = { deep };
    return { ...m, twitter: { ...(m.twitter as object), userData: { deep } } };
  }),
  fc.constant((m: Record<string, unknown>) => JSON.parse(`{"messageType":"TwitterStateChangeMessage","notificationType":"StatusChange","twitter":{"id":"p","userData":{"__proto__":{"polluted":"yes"}}},"__proto__":{"polluted":"yes"},"r":${JSON.stringify(m.referenceId)}}`)),
  fc.constant((m: Record<string, unknown>) => ({ ...m, constructor: { prototype: { polluted: 'yes' } } })),
  junkValue.map((junk) => (m: Record<string, unknown>) => ({ ...m, twitter: junk })),
  fc.tuple(hostileKey, junkValue).map(([key, junk]) => (m: Record<string, unknown>) => ({ ...m, [key]: junk })),
);

const kinds: GwsNotification['kind'][] = ['tweetState', 'tweetError', 'operationResponse', 'channelState', 'unrecognised'];
let total = 0;

function assertNoPollution() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('parseNotification under generated and mutated input (fast-check)', () => {
  afterAll(() => {
    // The issue asks for at least 10,000 generated and mutated messages.
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it('never throws on arbitrary values and always answers a known kind', () => {
    fc.assert(
      fc.property(junkValue, (data) => {
        total += 1;
        const n = parseNotification(data);
        expect(kinds).toContain(n.kind);
        if (n.kind === 'unrecognised') expect(typeof n.reason).toBe('string');
      }),
      { numRuns: 5_000 },
    );
    assertNoPollution();
  });

  it('never throws on mutated valid messages, and never pollutes prototypes', () => {
    fc.assert(
      fc.property(validNotification, mutation, (message, mutate) => {
        total += 1;
        const n = parseNotification(mutate(message));
        expect(kinds).toContain(n.kind);
      }),
      { numRuns: 3_000 },
    );
    assertNoPollution();
  });

  it('still recognises every valid message, with its id and state', () => {
    fc.assert(
      fc.property(validNotification, (message) => {
        total += 1;
        const n = parseNotification(message);
        expect(n.kind).toBe('tweetState');
        if (n.kind !== 'tweetState') return;
        expect(n.tweet.id).toBe(message.twitter.id);
        expect(n.tweet.state).toBe(message.twitter.state);
        expect(n.referenceId).toBe(message.referenceId);
      }),
      { numRuns: 2_500 },
    );
  });
});

describe('userData holds any JSON value (fast-check)', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });

  it('a valid notification stays recognised, with every userData value as it came — null, booleans, nested lists', () => {
    // "__proto__" keys are left out here: the parser drops them (see the pollution tests above).
    const key = fc.string({ maxLength: 20 }).filter((name) => name !== '__proto__');
    fc.assert(
      fc.property(validNotification.map((m) => ({ ...m, twitter: { ...m.twitter, userData: {} } })), fc.dictionary(key, anyJson, { maxKeys: 12 }), (message, userData) => {
        // Through JSON, as CometD delivers it.
        const wire: unknown = JSON.parse(JSON.stringify({ ...message, twitter: { ...message.twitter, userData } }));
        const n = parseNotification(wire);
        expect(n.kind).toBe('tweetState');
        if (n.kind !== 'tweetState') return;
        expect(n.tweet.userData).toEqual(JSON.parse(JSON.stringify(userData)));
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

  it('every value reads as one line of text without throwing, as JSON for lists', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const line = userDataValueLine(value);
        if (typeof value === 'string') expect(line).toBe(value);
        else expect(line).toBe(JSON.stringify(value));
      }),
      { numRuns: 2_000 },
    );
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(userDataValueLine(deep, 50)).toMatch(/^\[{50}…$/);
  });
});
