import * as z from 'zod/mini';
import { tweetSchema, type Tweet } from './tweet';
import { describeZodError as reasonOf } from './describeZodError';

/**
 * Every CometD `data` the app may receive on `/v2/me/*`, normalised into one union.
 * Nothing here throws: what does not fit is `{ kind: 'unrecognised', reason }`. `agent` is set only
 * by the team feed (teamFeed/), which names the agent a tweet belongs to; GWS never does.
 */
export type GwsNotification =
  | { kind: 'tweetState'; notificationType: string; referenceId: number | undefined; tweet: Tweet; agent?: string }
  | { kind: 'tweetError'; referenceId: number | undefined; errorMessage: string; tweet: Tweet | undefined; agent?: string }
  | { kind: 'operationResponse'; referenceId: number | undefined; success: boolean; errorMessage: string | undefined }
  | { kind: 'channelState'; channels: ChannelUserState[] }
  | { kind: 'unrecognised'; reason: string };

/** One media channel's agent state; `channel` is absent in one 8.5.0 sample. */
export interface ChannelUserState {
  channel: string | undefined;
  state: string;
}

/**
 * [doc] The operation pages (Create, Send, Cancel…) spell it TwitterStateChangeMessage, the
 * TwitterMessageType page TweetStateChangeMessage.
 */
export const stateChangeMessageTypes = ['TwitterStateChangeMessage', 'TweetStateChangeMessage'] as const;
/**
 * [doc] TwitterOperationResponse on the Follow/Unfollow pages; "the Twitter API returns the
 * errorMessage property on its TweetOperationResponse message"
 * (https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/ErrorHandling).
 */
export const operationResponseMessageTypes = ['TwitterOperationResponse', 'TweetOperationResponse'] as const;
/**
 * [doc] `ChannelStateChangeMessageV2` (https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady);
 * the 8.5.0 page's samples have no messageType at all
 * (https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0); `ChannelStateChangeMessage` [code].
 */
export const channelStateMessageTypes = ['ChannelStateChangeMessage', 'ChannelStateChangeMessageV2'] as const;

const referenceIdSchema = z.optional(z.nullable(z.number()));

/** State change; the resource is under `twitter` (operation pages) or `tweet` (TwitterMessageType page). */
const stateChangeSchema = z.object({
  notificationType: z.optional(z.nullable(z.string())),
  referenceId: referenceIdSchema,
  twitter: z.optional(z.nullable(tweetSchema)),
  tweet: z.optional(z.nullable(tweetSchema)),
});

/**
 * Error [doc: notificationType Error exists; its fields are ours]: text in `errorMessage` or
 * `statusMessage`. The tweet is read on its own: an Error whose tweet does not fit still says what
 * went wrong (by its referenceId), without the tweet.
 */
const errorSchema = z.object({
  referenceId: referenceIdSchema,
  errorMessage: z.optional(z.nullable(z.string())),
  statusMessage: z.optional(z.nullable(z.string())),
  twitter: z.optional(z.unknown()),
  tweet: z.optional(z.unknown()),
});

function tweetOrUndefined(resource: unknown): Tweet | undefined {
  const parsed = tweetSchema.safeParse(resource);
  return parsed.success ? parsed.data : undefined;
}

const operationResponseSchema = z.object({
  referenceId: referenceIdSchema,
  success: z.union([z.boolean(), z.enum(['true', 'false'])]),
  errorMessage: z.optional(z.nullable(z.string())),
});

/** One entry of `channels` [doc]: `{channel?, dndState?, userState:{state, displayName, id}}`. */
const channelEntrySchema = z.object({
  channel: z.optional(z.nullable(z.string())),
  userState: z.object({ state: z.string() }),
});
const channelStateSchema = z.object({ channels: z.array(z.unknown()) });

const envelopeSchema = z.looseObject({
  messageType: z.optional(z.unknown()),
  notificationType: z.optional(z.unknown()),
  channels: z.optional(z.unknown()),
});

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

export function parseNotification(data: unknown): GwsNotification {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { kind: 'unrecognised', reason: 'not a JSON object' };
  const { messageType } = envelope.data;

  if (includes(stateChangeMessageTypes, messageType)) {
    return envelope.data.notificationType === 'Error' ? parseTweetError(messageType, data) : parseStateChange(messageType, data);
  }
  if (includes(operationResponseMessageTypes, messageType)) {
    const parsed = operationResponseSchema.safeParse(data);
    if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType}: ${reasonOf(parsed.error)}` };
    const { referenceId, success, errorMessage } = parsed.data;
    return {
      kind: 'operationResponse',
      referenceId: orUndefined(referenceId),
      success: success === true || success === 'true',
      errorMessage: orUndefined(errorMessage),
    };
  }
  if (includes(channelStateMessageTypes, messageType) || (messageType === undefined && envelope.data.channels !== undefined)) {
    return parseChannelState(messageType ?? '8.5.0 channel state', data);
  }
  if (typeof messageType !== 'string') return { kind: 'unrecognised', reason: 'no string messageType' };
  return { kind: 'unrecognised', reason: `unknown messageType ${JSON.stringify(messageType.slice(0, 80))}` };
}

function parseStateChange(messageType: string, data: unknown): GwsNotification {
  const parsed = stateChangeSchema.safeParse(data);
  if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType}: ${reasonOf(parsed.error)}` };
  const tweet = parsed.data.twitter ?? parsed.data.tweet;
  if (!tweet) return { kind: 'unrecognised', reason: `${messageType}: no twitter (or tweet) resource` };
  return {
    kind: 'tweetState',
    notificationType: parsed.data.notificationType ?? 'StatusChange',
    referenceId: orUndefined(parsed.data.referenceId),
    tweet,
  };
}

function parseTweetError(messageType: string, data: unknown): GwsNotification {
  const parsed = errorSchema.safeParse(data);
  if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType} Error: ${reasonOf(parsed.error)}` };
  const { referenceId, errorMessage, statusMessage, twitter, tweet } = parsed.data;
  return {
    kind: 'tweetError',
    referenceId: orUndefined(referenceId),
    errorMessage: errorMessage ?? statusMessage ?? 'GWS reported an error without a message',
    tweet: tweetOrUndefined(twitter ?? tweet),
  };
}

/** Entries are read one by one: one that does not fit is left out, the others still count. */
function parseChannelState(what: string, data: unknown): GwsNotification {
  const parsed = channelStateSchema.safeParse(data);
  if (!parsed.success) return { kind: 'unrecognised', reason: `${what}: ${reasonOf(parsed.error)}` };
  const channels: ChannelUserState[] = [];
  for (const item of parsed.data.channels) {
    const entry = channelEntrySchema.safeParse(item);
    if (entry.success) channels.push({ channel: orUndefined(entry.data.channel), state: entry.data.userState.state });
  }
  if (channels.length === 0 && parsed.data.channels.length > 0) {
    return { kind: 'unrecognised', reason: `${what}: no channel entry with a userState.state` };
  }
  return { kind: 'channelState', channels };
}

/** The referenceId a notification answers, if any. */
export function referenceIdOf(notification: GwsNotification): number | undefined {
  switch (notification.kind) {
    case 'tweetState':
    case 'tweetError':
    case 'operationResponse':
      return notification.referenceId;
    case 'channelState':
    case 'unrecognised':
      return undefined;
  }
}

/**
 * What GWS sends on `/v2/me/twitter` and `/v2/me/channels`, as the parser reads it: the types the
 * simulator's messages must satisfy, so that it cannot publish a shape the app does not read.
 */
export type TweetWire = z.input<typeof tweetSchema>;
export type TwitterStateChangeWire = z.input<typeof stateChangeSchema> & { messageType: (typeof stateChangeMessageTypes)[number] };
export type TwitterErrorWire = Omit<z.input<typeof errorSchema>, 'twitter' | 'tweet'> & {
  messageType: (typeof stateChangeMessageTypes)[number];
  notificationType: 'Error';
  twitter?: TweetWire;
  tweet?: TweetWire;
};
/** Without messageType in the 8.5.0 samples. */
export interface ChannelStateWire {
  messageType?: (typeof channelStateMessageTypes)[number];
  channels: z.input<typeof channelEntrySchema>[];
}
