import * as z from 'zod/mini';
import { tweetSchema } from './tweet';

/** `{statusCode:0, referenceId}`: the operation was accepted; its outcome comes as a notification. */
export const ackSchema = z.object({
  statusCode: z.literal(0),
  referenceId: z.number(),
});
export type Ack = z.infer<typeof ackSchema>;

/** `{statusCode:N, statusMessage}`: nothing changed. */
export const errorBodySchema = z.object({
  statusCode: z.number().check(z.int()),
  statusMessage: z.optional(z.string()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Any body: only `statusCode` is required (used to tell success from failure). */
export const statusBodySchema = z.looseObject({ statusCode: z.number() });

export const userSchema = z.looseObject({
  id: z.string(),
  userName: z.string(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
});
export type User = z.infer<typeof userSchema>;

/**
 * [ours, simulator] settings returned with `?subresources=*`: the agent's Twitter accounts.
 * A real GWS does not send them; the app then falls back to config.json.
 */
export const twitterAccountSchema = z.object({
  screenName: z.string(),
  displayName: z.optional(z.string()),
});
export type TwitterAccount = z.infer<typeof twitterAccountSchema>;

export const meResponseSchema = z.object({
  statusCode: z.literal(0),
  user: userSchema,
  settings: z.optional(
    z.looseObject({
      twitterAccounts: z.optional(z.array(twitterAccountSchema)),
    }),
  ),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const tweetListResponseSchema = z.object({
  statusCode: z.literal(0),
  tweets: z.array(tweetSchema),
});
export type TweetListResponse = z.infer<typeof tweetListResponseSchema>;
