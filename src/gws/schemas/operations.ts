import * as z from 'zod/mini';
import { userDataSchema } from './tweet';

/** Any non-empty path that starts with `/` (`/queues/<uuid>`, `/contacts/<uuid>`…). */
export const queuePathSchema = z.string().check(z.minLength(2), z.startsWith('/'));

export const twitterMessageSchema = z.object({
  from: z.string().check(z.minLength(1)),
  message: z.string(),
});

/** Operation bodies for `POST /api/v2/me/tweets` (Create). */
export const createTweetBodySchema = z.object({
  operationName: z.literal('Create'),
  queuePath: queuePathSchema,
  userData: z.optional(userDataSchema),
});

export const saveTweetBodySchema = z.object({
  operationName: z.literal('Save'),
  twitter: twitterMessageSchema,
});

export const sendTweetBodySchema = z.object({
  operationName: z.literal('Send'),
  queuePath: queuePathSchema,
  twitter: twitterMessageSchema,
  saveLAR: z.optional(z.boolean()),
});

export const cancelTweetBodySchema = z.object({ operationName: z.literal('Cancel') });

export const completeTweetBodySchema = z.object({
  operationName: z.literal('Complete'),
  queuePath: z.optional(queuePathSchema),
  saveLAR: z.optional(z.boolean()),
});

/** Operation bodies for `POST /api/v2/me/tweets/{id}`. */
export const tweetOperationBodySchema = z.discriminatedUnion('operationName', [
  saveTweetBodySchema,
  sendTweetBodySchema,
  cancelTweetBodySchema,
  completeTweetBodySchema,
]);

/** Operation bodies for `POST /api/v2/me`. */
export const meOperationBodySchema = z.discriminatedUnion('operationName', [
  z.object({ operationName: z.literal('StartContactCenterSession'), channels: z.array(z.string()) }),
  z.object({ operationName: z.literal('EndContactCenterSession') }),
]);

/** Operation bodies for `POST /api/v2/me/channels/{channel}`. */
export const channelOperationBodySchema = z.object({
  operationName: z.enum(['Ready', 'NotReady']),
});

export type CreateTweetBody = z.infer<typeof createTweetBodySchema>;
export type SendTweetBody = z.infer<typeof sendTweetBodySchema>;
export type TweetOperationBody = z.infer<typeof tweetOperationBodySchema>;
export type MeOperationBody = z.infer<typeof meOperationBodySchema>;
export type ChannelOperationBody = z.infer<typeof channelOperationBodySchema>;
/** Every operation name the simulator knows, for the "unknown operationName" check. */
export type OperationName =
  | CreateTweetBody['operationName']
  | TweetOperationBody['operationName']
  | MeOperationBody['operationName']
  | ChannelOperationBody['operationName'];
