import fc from 'fast-check';
import {
  errorSample, errorWire, noErrorText, stateChangeResult, stateChangeSample, stateChangeWire, type Case, type ErrorSample, type StateChangeSample,
} from './notificationArbitraries';
import { resourceFields, textFields, unknownTweetState } from './tweetResourceArbitraries';
import {
  envelopeKeys, extraKey, extraValue, notAList, notANumber, notAnObject, notAString, refused, unknownMessageType, unknownTypeReason, withField, without,
} from './wireEdits';

/**
 * A valid tweet state change or Error with exactly one field changed, and the outcome the
 * contract gives that change: extra fields are ignored (liberal in what we accept), `null` reads
 * as absent, an unknown state or notificationType is kept as it came, and a field of the wrong type
 * — or a missing id, resource or messageType — makes the message unrecognised with a reason naming it.
 */

type Mutation<S> = fc.Arbitrary<(s: S) => Case>;

const onResource = (s: StateChangeSample, edit: (resource: Record<string, unknown>) => Record<string, unknown>) =>
  withField(stateChangeWire(s), s.resourceKey, edit(s.resource.wire));
const accepted = (name: string, wire: unknown, s: StateChangeSample, change: Partial<ReturnType<typeof stateChangeResult>> = {}): Case => ({
  name,
  wire,
  expected: { accepted: { ...stateChangeResult(s), ...change } },
});
const schemaIssue = (s: StateChangeSample, path: string) => refused(`${s.messageType}: ${path}: `);

const stateChangeMutations: Mutation<StateChangeSample>[] = [
  fc.tuple(extraKey(envelopeKeys), extraValue).map(([key, value]) => (s) => accepted('extra top-level field', withField(stateChangeWire(s), key, value), s)),
  fc.tuple(extraKey(resourceFields), extraValue).map(([key, value]) => (s) => accepted('extra resource field', onResource(s, (r) => withField(r, key, value)), s)),
  fc.constant((s) => {
    const known = s.resource.tweet.userData;
    const wire = onResource(s, (r) => withField(r, 'userData', withField(known ?? {}, '__proto__', { polluted: 'yes' })));
    return accepted('userData key __proto__ (dropped, the other keys kept)', wire, s, { tweet: { ...s.resource.tweet, userData: known ?? {} } });
  }),
  fc.constant((s) => {
    const message = 'x'.repeat(1_000_000);
    return accepted('a message of 1,000,000 characters (kept whole)', onResource(s, (r) => withField(r, 'message', message)), s, { tweet: { ...s.resource.tweet, message } });
  }),
  fc.constant((s) => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5_000; i += 1) deep = { deep };
    const userData = { ...s.resource.tweet.userData, deep };
    return accepted('a userData value nested 5,000 deep (kept as it came)', onResource(s, (r) => withField(r, 'userData', userData)), s, { tweet: { ...s.resource.tweet, userData } });
  }),
  unknownTweetState.map((state) => (s) => accepted('unknown state', onResource(s, (r) => withField(r, 'state', state)), s, { tweet: { ...s.resource.tweet, state } })),
  fc.string({ maxLength: 20 }).filter((type) => type !== 'Error').map((type) => (s) =>
    accepted('unknown notificationType', withField(stateChangeWire(s), 'notificationType', type), s, { notificationType: type }),
  ),
  fc.constant((s) => ({
    name: 'notificationType Error (an Error without text)',
    wire: withField(stateChangeWire(s), 'notificationType', 'Error'),
    expected: { accepted: { kind: 'tweetError', referenceId: s.referenceId, errorMessage: noErrorText, tweet: s.resource.tweet } },
  })),
  fc.constant((s) => ({ name: 'id left out', wire: onResource(s, (r) => without(r, 'id')), expected: schemaIssue(s, `${s.resourceKey}.id`) })),
  fc.oneof(notAString, fc.constant(null), fc.constant('')).map((id) => (s) => ({
    name: 'id not a non-empty string',
    wire: onResource(s, (r) => withField(r, 'id', id)),
    expected: schemaIssue(s, `${s.resourceKey}.id`),
  })),
  fc.tuple(fc.constantFrom(...textFields, 'twitterType', 'tweetType'), notAString).map(([field, value]) => (s) => ({
    name: 'text field not a string',
    wire: onResource(s, (r) => withField(r, field, value)),
    expected: schemaIssue(s, `${s.resourceKey}.${field}`),
  })),
  notAList.map((value) => (s) => ({ name: 'capabilities not a list', wire: onResource(s, (r) => withField(r, 'capabilities', value)), expected: schemaIssue(s, `${s.resourceKey}.capabilities`) })),
  fc.tuple(fc.nat(), notAString).map(([at, value]) => (s) => {
    const names: unknown[] = [...(s.resource.tweet.capabilities ?? [])];
    const index = at % (names.length + 1);
    names.splice(index, 0, value);
    return { name: 'a capability not a string', wire: onResource(s, (r) => withField(r, 'capabilities', names)), expected: schemaIssue(s, `${s.resourceKey}.capabilities.${index}`) };
  }),
  notAnObject.map((value) => (s) => ({ name: 'userData not a key/value object', wire: onResource(s, (r) => withField(r, 'userData', value)), expected: schemaIssue(s, `${s.resourceKey}.userData`) })),
  fc.constantFrom(true, {}, []).map((value) => (s) => ({
    name: 'twitterMsgId neither text nor a number',
    wire: onResource(s, (r) => withField(r, 'twitterMsgId', value)),
    expected: schemaIssue(s, `${s.resourceKey}.twitterMsgId`),
  })),
  notANumber.map((value) => (s) => ({ name: 'referenceId not a number', wire: withField(stateChangeWire(s), 'referenceId', value), expected: schemaIssue(s, 'referenceId') })),
  notAString.map((value) => (s) => ({ name: 'notificationType not a string', wire: withField(stateChangeWire(s), 'notificationType', value), expected: schemaIssue(s, 'notificationType') })),
  fc.constantFrom('left out', 'null').map((how) => (s) => ({
    name: 'resource left out or null',
    wire: how === 'null' ? withField(stateChangeWire(s), s.resourceKey, null) : without(stateChangeWire(s), s.resourceKey),
    expected: refused(`${s.messageType}: no twitter (or tweet) resource`),
  })),
  notAnObject.map((value) => (s) => ({ name: 'resource not an object', wire: withField(stateChangeWire(s), s.resourceKey, value), expected: schemaIssue(s, s.resourceKey) })),
  fc.oneof(fc.constant(undefined), fc.constant(null), notAString).map((type) => (s) => ({
    name: 'messageType left out or not a string',
    wire: type === undefined ? without(stateChangeWire(s), 'messageType') : withField(stateChangeWire(s), 'messageType', type),
    expected: refused('no string messageType'),
  })),
  unknownMessageType.map((type) => (s) => ({ name: 'messageType unknown', wire: withField(stateChangeWire(s), 'messageType', type), expected: refused(unknownTypeReason(type)) })),
];

const errorMutations: Mutation<ErrorSample>[] = [
  fc.tuple(extraKey(envelopeKeys), extraValue).map(([key, value]) => (s) => ({ name: 'Error: extra top-level field', wire: withField(errorWire(s), key, value), expected: { accepted: s.expected } })),
  notAString.map((value) => (s) => ({
    name: 'Error: errorMessage not a string',
    wire: withField(errorWire(s), 'errorMessage', value),
    expected: refused(`${s.messageType} Error: errorMessage: `),
  })),
  notANumber.map((value) => (s) => ({ name: 'Error: referenceId not a number', wire: withField(errorWire(s), 'referenceId', value), expected: refused(`${s.messageType} Error: referenceId: `) })),
  fc.constant((s) => ({
    name: 'Error: its tweet left out',
    wire: s.about ? without(errorWire(s), s.about.key) : errorWire(s),
    expected: { accepted: { ...s.expected, tweet: undefined } },
  })),
  // The Error still says what went wrong (its referenceId finds the operation); only the tweet is left out.
  fc.constant((s) => {
    const key = s.about?.key ?? 'twitter';
    const resource = s.about ? without(s.about.resource.wire, 'id') : { state: 'Composing' };
    return { name: 'Error: its tweet without id', wire: withField(errorWire(s), key, resource), expected: { accepted: { ...s.expected, tweet: undefined } } };
  }),
  fc.constant((s) => ({
    name: 'Error: notificationType left out (read as a state change)',
    wire: without(errorWire(s), 'notificationType'),
    expected: s.expected.tweet
      ? { accepted: { kind: 'tweetState', notificationType: 'StatusChange', referenceId: s.expected.referenceId, tweet: s.expected.tweet } }
      : refused(`${s.messageType}: no twitter (or tweet) resource`),
  })),
  unknownMessageType.map((type) => (s) => ({ name: 'Error: messageType unknown', wire: withField(errorWire(s), 'messageType', type), expected: refused(unknownTypeReason(type)) })),
];

export const mutatedStateChange: fc.Arbitrary<Case> = fc.tuple(stateChangeSample, fc.oneof(...stateChangeMutations)).map(([s, mutate]) => mutate(s));
export const mutatedError: fc.Arbitrary<Case> = fc.tuple(errorSample, fc.oneof(...errorMutations)).map(([s, mutate]) => mutate(s));
/** How many distinct mutations each generator has (each must be seen in a run). */
export const tweetMutationCounts = { stateChange: stateChangeMutations.length, error: errorMutations.length };
