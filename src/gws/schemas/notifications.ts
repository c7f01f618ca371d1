import * as z from 'zod/mini';
import { tweetSchema, type Tweet } from './tweet';
import { describeZodError as reasonOf } from './describeZodError';

/**
 * Every CometD `data` the app may receive on `/v2/me/*`, normalised into one union.
 * Nothing here throws: what does not fit is `{ kind: 'unrecognised', reason }`.
 */
export type GwsNotification =
  | { kind: 'tweetState'; notificationType: string; referenceId: number | undefined; tweet: Tweet }
  | { kind: 'tweetError'; referenceId: number | undefined; errorMessage: string; tweet: Tweet | undefined }
  | { kind: 'operationResponse'; referenceId: number; success: boolean; errorMessage: string | undefined }
  | { kind: 'channelState'; channels: { channel: string; state: string }[] }
  | { kind: 'unrecognised'; reason: string };

export const stateChangeMessageTypes = ['TwitterStateChangeMessage', 'TweetStateChangeMessage'] as const;

/** State change; the resource is under `twitter` (GWS) or `tweet` (one doc page). */
const stateChangeSchema = z.object({
  messageType: z.enum(stateChangeMessageTypes),
  notificationType: z.string(),
  referenceId: z.optional(z.number()),
  twitter: z.optional(tweetSchema),
  tweet: z.optional(tweetSchema),
});

/** Error: text in `errorMessage` (ours) or `statusMessage`. */
const errorSchema = z.object({
  messageType: z.enum(stateChangeMessageTypes),
  notificationType: z.literal('Error'),
  referenceId: z.optional(z.number()),
  errorMessage: z.optional(z.string()),
  statusMessage: z.optional(z.string()),
  twitter: z.optional(tweetSchema),
  tweet: z.optional(tweetSchema),
});

const operationResponseSchema = z.object({
  messageType: z.literal('TwitterOperationResponse'),
  referenceId: z.number(),
  success: z.union([z.boolean(), z.enum(['true', 'false'])]),
  errorMessage: z.optional(z.string()),
});

/** [ours] `/v2/me/channels`: `{messageType:'ChannelStateChangeMessage', channels:[{channel, userState:{state}}]}`. */
const channelStateSchema = z.object({
  messageType: z.literal('ChannelStateChangeMessage'),
  channels: z.array(z.object({ channel: z.string(), userState: z.object({ state: z.string() }) })),
});

const envelopeSchema = z.object({ messageType: z.string(), notificationType: z.optional(z.unknown()) });

export function parseNotification(data: unknown): GwsNotification {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { kind: 'unrecognised', reason: 'not an object with a string messageType' };
  const messageType = envelope.data.messageType;

  if (messageType === 'TwitterStateChangeMessage' || messageType === 'TweetStateChangeMessage') {
    if (envelope.data.notificationType === 'Error') {
      const parsed = errorSchema.safeParse(data);
      if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType} Error: ${reasonOf(parsed.error)}` };
      const { referenceId, errorMessage, statusMessage, twitter, tweet } = parsed.data;
      return {
        kind: 'tweetError',
        referenceId,
        errorMessage: errorMessage ?? statusMessage ?? 'GWS reported an error without a message',
        tweet: twitter ?? tweet,
      };
    }
    const parsed = stateChangeSchema.safeParse(data);
    if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType}: ${reasonOf(parsed.error)}` };
    const tweet = parsed.data.twitter ?? parsed.data.tweet;
    if (!tweet) return { kind: 'unrecognised', reason: `${messageType}: no twitter (or tweet) resource` };
    return {
      kind: 'tweetState',
      notificationType: parsed.data.notificationType,
      referenceId: parsed.data.referenceId,
      tweet,
    };
  }

  if (messageType === 'TwitterOperationResponse') {
    const parsed = operationResponseSchema.safeParse(data);
    if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType}: ${reasonOf(parsed.error)}` };
    const { referenceId, success, errorMessage } = parsed.data;
    return { kind: 'operationResponse', referenceId, success: success === true || success === 'true', errorMessage };
  }

  if (messageType === 'ChannelStateChangeMessage') {
    const parsed = channelStateSchema.safeParse(data);
    if (!parsed.success) return { kind: 'unrecognised', reason: `${messageType}: ${reasonOf(parsed.error)}` };
    return {
      kind: 'channelState',
      channels: parsed.data.channels.map((c) => ({ channel: c.channel, state: c.userState.state })),
    };
  }

  return { kind: 'unrecognised', reason: `unknown messageType ${JSON.stringify(messageType.slice(0, 80))}` };
}

/** The referenceId a notification answers, if any. */
export function referenceIdOf(notification: GwsNotification): number | undefined {
  switch (notification.kind) {
    case 'tweetState':
    case 'tweetError':
    case 'operationResponse':
      return notification.referenceId;
    default:
      return undefined;
  }
}
