import fc from 'fast-check';
import type { GwsNotification } from '../../../../src/gws/schemas';
import {
  channelSample, channelWhat, channelWire, operationResponseSample, type Case, type ChannelSample, type OperationSample,
} from './notificationArbitraries';
import {
  envelopeKeys, extraKey, extraValue, notAList, notANumber, notAString, refused, unknownMessageType, unknownTypeReason, withField, without,
} from './wireEdits';

/**
 * Channel-state messages (all three forms) and Follow/Unfollow answers with exactly one field
 * changed, and the outcome for that change. Channel entries are read one by one: an entry that
 * does not fit is left out and the others still count; a message with entries none of which fits
 * is unrecognised.
 */

type Mutation<S> = fc.Arbitrary<(s: S) => Case>;

const channelsOf = (s: ChannelSample, entries = s.entries): GwsNotification => ({ kind: 'channelState', channels: entries.map((entry) => entry.expected) });

/** Ways to make one entry unreadable (its userState.state is what makes an entry). */
const unreadableEntry = fc.oneof(
  fc.constant((entry: Record<string, unknown>): unknown => without(entry, 'userState')),
  fc.constant((entry: Record<string, unknown>): unknown => withField(entry, 'userState', null)),
  notAString.map((state) => (entry: Record<string, unknown>): unknown => withField(entry, 'userState', { state })),
  notAString.map((channel) => (entry: Record<string, unknown>): unknown => withField(entry, 'channel', channel)),
  fc.constantFrom<unknown>('Ready', 7, null, ['Ready']).map((value) => (): unknown => value),
);

const channelMutations: Mutation<ChannelSample>[] = [
  fc.tuple(extraKey(envelopeKeys), extraValue).map(([key, value]) => (s) => ({ name: 'channels: extra top-level field', wire: withField(channelWire(s), key, value), expected: { accepted: channelsOf(s) } })),
  fc.tuple(fc.nat(), fc.boolean(), extraKey(['channel', 'userState']), extraKey(['state']), extraValue).map(([at, inUserState, entryKey, stateKey, value]) => (s) => {
    const index = at % s.entries.length;
    const wires = s.entries.map((entry, i) => {
      if (i !== index) return entry.wire;
      const userState = entry.wire.userState;
      if (!inUserState || typeof userState !== 'object' || userState === null) return withField(entry.wire, entryKey, value);
      return withField(entry.wire, 'userState', { ...userState, [stateKey]: value });
    });
    return { name: 'channels: extra field in an entry or its userState', wire: channelWire(s, wires), expected: { accepted: channelsOf(s) } };
  }),
  fc.tuple(fc.nat(), unreadableEntry).map(([at, spoil]) => (s) => {
    const index = at % s.entries.length;
    const rest = s.entries.filter((_, i) => i !== index);
    return {
      name: 'channels: one entry unreadable (left out)',
      wire: channelWire(s, s.entries.map((entry, i) => (i === index ? spoil(entry.wire) : entry.wire))),
      expected: rest.length > 0 ? { accepted: channelsOf(s, rest) } : refused(`${channelWhat(s)}: no channel entry with a userState.state`),
    };
  }),
  fc.oneof(notAList, fc.constant(null)).map((value) => (s) => ({ name: 'channels: not a list', wire: channelWire(s, value), expected: refused(`${channelWhat(s)}: channels: `) })),
  fc.constant((s) => ({
    name: 'channels: left out',
    wire: without(channelWire(s), 'channels'),
    expected: refused(s.messageType === undefined ? 'no string messageType' : `${s.messageType}: channels: `),
  })),
  fc.constant((s) => ({ name: 'channels: messageType left out (the 8.5.0 form)', wire: without(channelWire(s), 'messageType'), expected: { accepted: channelsOf(s) } })),
  unknownMessageType.map((type) => (s) => ({ name: 'channels: messageType unknown', wire: withField(channelWire(s), 'messageType', type), expected: refused(unknownTypeReason(type)) })),
];

const operationMutations: Mutation<OperationSample>[] = [
  fc.tuple(extraKey(envelopeKeys), extraValue).map(([key, value]) => (s) => ({ name: 'operation: extra top-level field', wire: withField(s.wire, key, value), expected: { accepted: s.expected } })),
  fc.constant((s) => ({ name: 'operation: success left out', wire: without(s.wire, 'success'), expected: refused(`${s.messageType}: success: `) })),
  fc.constantFrom<unknown>('yes', 'TRUE', 'False', '', 1, 0, null, {}).map((success) => (s) => ({
    name: 'operation: success neither a boolean nor "true"/"false"',
    wire: withField(s.wire, 'success', success),
    expected: refused(`${s.messageType}: success: `),
  })),
  notAString.map((value) => (s) => ({ name: 'operation: errorMessage not a string', wire: withField(s.wire, 'errorMessage', value), expected: refused(`${s.messageType}: errorMessage: `) })),
  notANumber.map((value) => (s) => ({ name: 'operation: referenceId not a number', wire: withField(s.wire, 'referenceId', value), expected: refused(`${s.messageType}: referenceId: `) })),
  unknownMessageType.map((type) => (s) => ({ name: 'operation: messageType unknown', wire: withField(s.wire, 'messageType', type), expected: refused(unknownTypeReason(type)) })),
];

export const validChannelState: fc.Arbitrary<Case> = channelSample(0).map((s) => ({
  name: `channels: ${s.messageType ?? '8.5.0 form'}`,
  wire: channelWire(s),
  expected: { accepted: channelsOf(s) },
}));
export const validOperationResponse: fc.Arbitrary<Case> = operationResponseSample.map((s) => ({ name: 'operation response', wire: s.wire, expected: { accepted: s.expected } }));
export const mutatedChannelState: fc.Arbitrary<Case> = fc.tuple(channelSample(1), fc.oneof(...channelMutations)).map(([s, mutate]) => mutate(s));
export const mutatedOperationResponse: fc.Arbitrary<Case> = fc.tuple(operationResponseSample, fc.oneof(...operationMutations)).map(([s, mutate]) => mutate(s));
export const otherMutationCounts = { channel: channelMutations.length, operation: operationMutations.length };
