import fc from 'fast-check';
import {
  channelStateMessageTypes, operationResponseMessageTypes, stateChangeMessageTypes, type ChannelUserState, type GwsNotification,
} from '../../../../src/gws/schemas';
import { tweetResource, type ResourceSample } from './tweetResourceArbitraries';

/**
 * Valid CometD notifications (contract §5, the doc samples' shapes), built from valid field values,
 * each with the notification parseNotification must make of it. tweetNotificationMutations.ts and
 * channelAndOperationMutations.ts change them one field at a time.
 */

/** What parseNotification must answer: exactly `accepted`, or unrecognised with a reason starting `refusedWith`. */
export type Expected = { accepted: GwsNotification } | { refusedWith: string };
/** A message to parse; `name` says which generator (or mutation) made it. */
export interface Case {
  name: string;
  wire: unknown;
  expected: Expected;
}

interface Field<T> {
  wire: Record<string, unknown>;
  value: T;
}
const absent = <T>(name: string, value: T) => [fc.constant<Field<T>>({ wire: { [name]: null }, value }), fc.constant<Field<T>>({ wire: {}, value })] as const;

const referenceIdField = fc.oneof(
  fc.integer({ min: 1, max: 2_147_483_647 }).map((id): Field<number | undefined> => ({ wire: { referenceId: id }, value: id })),
  ...absent<number | undefined>('referenceId', undefined),
);
/** Both Saved spellings (a doc sample says TwitterSaved); absent or null reads as StatusChange. */
const notificationTypeField = fc.oneof(
  fc.constantFrom('StatusChange', 'PropertiesUpdated', 'TweetSaved', 'TwitterSaved').map((type): Field<string> => ({ wire: { notificationType: type }, value: type })),
  ...absent('notificationType', 'StatusChange'),
);
const resourceKey = fc.constantFrom('twitter', 'tweet');

/** A state change with its resource under one key (`twitter`, or `tweet` as on the TwitterMessageType page). */
export interface StateChangeSample {
  messageType: string;
  head: Record<string, unknown>;
  resourceKey: 'twitter' | 'tweet';
  resource: ResourceSample;
  notificationType: string;
  referenceId: number | undefined;
}
export const stateChangeSample: fc.Arbitrary<StateChangeSample> = fc
  .tuple(fc.constantFrom(...stateChangeMessageTypes), notificationTypeField, referenceIdField, resourceKey, tweetResource)
  .map(([messageType, type, reference, key, resource]) => ({
    messageType,
    head: { ...type.wire, ...reference.wire },
    resourceKey: key,
    resource,
    notificationType: type.value,
    referenceId: reference.value,
  }));
export const stateChangeWire = (s: StateChangeSample): Record<string, unknown> => ({ messageType: s.messageType, ...s.head, [s.resourceKey]: s.resource.wire });
export const stateChangeResult = (s: StateChangeSample): Extract<GwsNotification, { kind: 'tweetState' }> => ({
  kind: 'tweetState',
  notificationType: s.notificationType,
  referenceId: s.referenceId,
  tweet: s.resource.tweet,
});

/** Valid state changes, also with both resources (`twitter` wins) or the other key `null`. */
export const validStateChange: fc.Arbitrary<Case> = fc
  .tuple(stateChangeSample, fc.constantFrom('one resource', 'both resources', 'the other key null'), tweetResource)
  .map(([s, placement, other]) => {
    const otherKey = s.resourceKey === 'twitter' ? 'tweet' : 'twitter';
    const wire = stateChangeWire(s);
    if (placement === 'both resources') wire[otherKey] = other.wire;
    if (placement === 'the other key null') wire[otherKey] = null;
    const twitterWins = placement === 'both resources' && otherKey === 'twitter';
    const accepted = twitterWins ? { ...stateChangeResult(s), tweet: other.tweet } : stateChangeResult(s);
    return { name: `state change, ${placement}`, wire, expected: { accepted } };
  });

const errorText = fc.oneof(fc.constantFrom('status is a duplicate of the previous tweet of this account.', 'Twitter is over capacity'), fc.string({ maxLength: 40 }));
export const noErrorText = 'GWS reported an error without a message';
/** The text in `errorMessage` (ours) or `statusMessage`; errorMessage wins. */
const errorTextField = fc.oneof(
  errorText.map((t): Field<string> => ({ wire: { errorMessage: t }, value: t })),
  errorText.map((t): Field<string> => ({ wire: { statusMessage: t }, value: t })),
  fc.tuple(errorText, errorText).map(([e, s]): Field<string> => ({ wire: { errorMessage: e, statusMessage: s }, value: e })),
  errorText.map((s): Field<string> => ({ wire: { errorMessage: null, statusMessage: s }, value: s })),
  fc.constant<Field<string>>({ wire: {}, value: noErrorText }),
);

/** An Error notification, with or without the tweet it is about. */
export interface ErrorSample {
  messageType: string;
  head: Record<string, unknown>;
  about: { key: 'twitter' | 'tweet'; resource: ResourceSample } | undefined;
  expected: Extract<GwsNotification, { kind: 'tweetError' }>;
}
export const errorSample: fc.Arbitrary<ErrorSample> = fc
  .tuple(fc.constantFrom(...stateChangeMessageTypes), referenceIdField, errorTextField, fc.option(fc.record({ key: resourceKey, resource: tweetResource }), { nil: undefined }))
  .map(([messageType, reference, text, about]) => ({
    messageType,
    head: { notificationType: 'Error', ...reference.wire, ...text.wire },
    about,
    expected: { kind: 'tweetError', referenceId: reference.value, errorMessage: text.value, tweet: about?.resource.tweet },
  }));
export const errorWire = (s: ErrorSample): Record<string, unknown> => ({
  messageType: s.messageType,
  ...s.head,
  ...(s.about ? { [s.about.key]: s.about.resource.wire } : {}),
});

/** Follow/Unfollow answers: `success` as a boolean or as the doc's "true"/"false". */
export interface OperationSample {
  messageType: string;
  wire: Record<string, unknown>;
  expected: GwsNotification;
}
export const operationResponseSample: fc.Arbitrary<OperationSample> = fc
  .tuple(fc.constantFrom(...operationResponseMessageTypes), referenceIdField, fc.constantFrom(true, false, 'true', 'false'), fc.oneof(errorText.map((t) => ({ wire: { errorMessage: t }, value: t })), ...absent('errorMessage', undefined)))
  .map(([messageType, reference, success, text]) => ({
    messageType,
    wire: { messageType, ...reference.wire, success, ...text.wire },
    expected: { kind: 'operationResponse', referenceId: reference.value, success: success === true || success === 'true', errorMessage: text.value },
  }));

/** One entry of `channels`: `{channel?, dndState?, userState: {state, displayName, id}}`. */
export interface ChannelEntrySample {
  wire: Record<string, unknown>;
  expected: ChannelUserState;
}
const channelEntry: fc.Arbitrary<ChannelEntrySample> = fc
  .tuple(
    fc.oneof(fc.constantFrom('twitter', 'chat', 'voice', 'email').map((c): Field<string | undefined> => ({ wire: { channel: c }, value: c })), ...absent<string | undefined>('channel', undefined)),
    fc.constantFrom({}, { dndState: 'On' }, { dndState: 'Off' }),
    fc.oneof(fc.constantFrom('Ready', 'NotReady'), fc.string({ maxLength: 10 })),
    fc.string({ maxLength: 12 }),
    fc.uuid(),
  )
  .map(([channel, dnd, state, displayName, id]) => ({
    wire: { ...channel.wire, ...dnd, userState: { state, displayName, id } },
    expected: { channel: channel.value, state },
  }));
/** The 8.5.0 form has no messageType; later servers say ChannelStateChangeMessage(V2). */
export interface ChannelSample {
  messageType: (typeof channelStateMessageTypes)[number] | undefined;
  entries: ChannelEntrySample[];
}
export const channelSample = (minEntries: number): fc.Arbitrary<ChannelSample> =>
  fc.record({
    messageType: fc.constantFrom(undefined, ...channelStateMessageTypes),
    entries: fc.array(channelEntry, { minLength: minEntries, maxLength: 4 }),
  });
export const channelWire = (s: ChannelSample, channels: unknown = s.entries.map((entry) => entry.wire)): Record<string, unknown> =>
  s.messageType === undefined ? { channels } : { messageType: s.messageType, channels };
/** The name the parser's reasons give a channel message. */
export const channelWhat = (s: ChannelSample) => s.messageType ?? '8.5.0 channel state';
