import fc from 'fast-check';
import { channelStateMessageTypes, operationResponseMessageTypes, stateChangeMessageTypes, type GwsNotification } from '../../../../src/gws/schemas';
import { knownMessageTypes } from './wireEdits';

/**
 * Random input for parseNotification: any value (hostile keys, Maps, Dates, null prototypes…), and
 * objects with the notification fields — messageType known, nearly known or junk — holding junk.
 * `routeOf` says what the messageType alone decides (contract §5): which kind the message may be
 * read as, and how the reason starts when it is not.
 */

const includes = (list: readonly string[], value: unknown) => list.some((item) => item === value);

/** Keys an attacker would use to reach prototypes, and the notification's own field names. */
export const hostileKey = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'twitter', 'tweet', 'userData', 'id', 'state', 'channels'),
);
export const junkValue = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  maxKeys: 4,
  withBigInt: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
});

/** Mostly something close to what the field should hold, sometimes junk. */
const closeOrJunk = <T>(close: fc.Arbitrary<T>) => fc.oneof({ arbitrary: close, weight: 3 }, { arbitrary: junkValue, weight: 1 });

const messageType = fc.oneof(
  { arbitrary: fc.constantFrom(...knownMessageTypes), weight: 4 },
  fc.constantFrom(...knownMessageTypes).map((type) => type.toUpperCase()),
  fc.string({ maxLength: 30 }),
  junkValue,
);
const resource = closeOrJunk(fc.record({ id: closeOrJunk(fc.string({ minLength: 1, maxLength: 5 })), state: closeOrJunk(fc.string({ maxLength: 5 })) }, { requiredKeys: ['id'] }));
const channelEntry = fc.record({ channel: closeOrJunk(fc.string({ maxLength: 5 })), userState: closeOrJunk(fc.record({ state: closeOrJunk(fc.string({ maxLength: 5 })) })) }, { requiredKeys: [] });

/** Objects shaped like notifications, each field present or not, holding junk or something close. */
const notificationShaped = fc
  .tuple(
    fc.record(
      {
        messageType,
        notificationType: closeOrJunk(fc.constantFrom('Error', 'StatusChange', 'TwitterSaved')),
        referenceId: closeOrJunk(fc.integer()),
        twitter: resource,
        tweet: resource,
        errorMessage: closeOrJunk(fc.string({ maxLength: 10 })),
        statusMessage: closeOrJunk(fc.string({ maxLength: 10 })),
        success: closeOrJunk(fc.constantFrom(true, false, 'true', 'false')),
        channels: closeOrJunk(fc.array(closeOrJunk(channelEntry), { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(hostileKey, junkValue, { maxKeys: 3 }),
  )
  .map(([fields, extra]) => ({ ...extra, ...fields }));

export const junkNotification = fc.oneof(junkValue, notificationShaped);

/** A field of the data when it is an object (what the parser reads), else undefined. */
export const fieldOf = (data: unknown, key: string): unknown => (typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined);

type Kind = Exclude<GwsNotification['kind'], 'unrecognised'>;
/** The kind the messageType routes to (undefined: none) and how an unrecognised reason then starts. */
export function routeOf(data: unknown): { kind: Kind | undefined; reasonStart: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: undefined, reasonStart: 'not a JSON object' };
  const type: unknown = Reflect.get(data, 'messageType');
  if (includes(stateChangeMessageTypes, type)) {
    return Reflect.get(data, 'notificationType') === 'Error' ? { kind: 'tweetError', reasonStart: `${String(type)} Error: ` } : { kind: 'tweetState', reasonStart: `${String(type)}: ` };
  }
  if (includes(operationResponseMessageTypes, type)) return { kind: 'operationResponse', reasonStart: `${String(type)}: ` };
  if (includes(channelStateMessageTypes, type)) return { kind: 'channelState', reasonStart: `${String(type)}: ` };
  if (type === undefined && Reflect.get(data, 'channels') !== undefined) return { kind: 'channelState', reasonStart: '8.5.0 channel state: ' };
  if (typeof type !== 'string') return { kind: undefined, reasonStart: 'no string messageType' };
  return { kind: undefined, reasonStart: `unknown messageType ${JSON.stringify(type.slice(0, 80))}` };
}
