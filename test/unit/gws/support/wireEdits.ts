import fc from 'fast-check';
import { channelStateMessageTypes, operationResponseMessageTypes, stateChangeMessageTypes } from '../../../../src/gws/schemas';
import type { Expected } from './notificationArbitraries';

/** Edits of one field of a wire object, and the values that break a field's type. */

export const withField = (wire: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => ({ ...wire, [key]: value });

export function without(wire: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _removed, ...rest } = wire;
  return rest;
}

/** Unrecognised, with a reason that starts so (a schema issue's reason is `<path>: <zod message>`). */
export const refused = (reasonStart: string): Expected => ({ refusedWith: reasonStart });

/** JSON values of another type than a string (`null` excluded: it reads as absent). */
export const notAString = fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant(['x']), fc.constant({ text: 'x' }));
/** What a JSON object field may wrongly hold instead. */
export const notAnObject = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant([]), fc.constant([{ id: 'x' }]));
/** What a number field (referenceId) may wrongly hold: its digits as text included. */
export const notANumber = fc.oneof(fc.integer({ min: 1 }).map(String), fc.boolean(), fc.constant({}), fc.constant([1]));
/** Neither a list nor null. */
export const notAList = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant({ 0: 'Send' }));

/** Keys no schema reads, prototype names included; values any JSON, or an attempt at pollution. */
export const extraKey = (known: readonly string[]) =>
  fc
    .oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'receivedDate', 'data', 'channel'))
    .filter((key) => !known.includes(key));
export const extraValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: 'yes' }));

/** Every top-level key some notification schema reads. */
export const envelopeKeys: readonly string[] = [
  'messageType', 'notificationType', 'referenceId', 'twitter', 'tweet', 'errorMessage', 'statusMessage', 'success', 'channels',
];

export const knownMessageTypes: readonly string[] = [...stateChangeMessageTypes, ...operationResponseMessageTypes, ...channelStateMessageTypes];

/** A messageType the parser does not know: a near miss of a known one (case, space, no suffix) or any text. */
export const unknownMessageType = fc
  .oneof(
    fc.constantFrom(...knownMessageTypes).map((type) => type.toLowerCase()),
    fc.constantFrom(...knownMessageTypes).map((type) => `${type} `),
    fc.constantFrom(...knownMessageTypes).map((type) => type.replace(/Message(V2)?$/, '')),
    fc.constantFrom('TwitterMessage', 'CallStateChangeMessage', 'EventError', 'ChatStateChangeMessage'),
    fc.string({ maxLength: 100 }),
  )
  .filter((type) => !knownMessageTypes.includes(type));

export const unknownTypeReason = (type: string) => `unknown messageType ${JSON.stringify(type.slice(0, 80))}`;
