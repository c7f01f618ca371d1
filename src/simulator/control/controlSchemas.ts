import * as z from 'zod/mini';
import { teamFeedDefaults } from '../../gws/teamFeed/teamFeedSchemas';
import { channelMessageFormats, headerNamePattern, twitterAckModes } from '../wireModes';
import { nestsDeeperThan } from '../notifier/valueDepth';

/**
 * [ours] Bodies of the simulator's control API under /sim/ (src/simulator/README.md).
 * Tests may import these types to build their requests.
 */

const nonNegativeInt = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

/** Operations a `failNext` may name: an Error notification only makes sense for tweet operations. */
export const tweetOperationNames = ['Create', 'Save', 'Send', 'Cancel', 'Complete'] as const;
export const failableOperationNames = [
  ...tweetOperationNames, 'StartContactCenterSession', 'EndContactCenterSession', 'Ready', 'NotReady',
] as const;

export const faultsBodySchema = z.object({
  /** Extra delay (ms) before every REST request is answered; 0 turns it off. */
  delayMs: z.optional(nonNegativeInt(60_000)),
  /**
   * Fail the next tweet operation (or the next operation named `operationName`): with a statusCode
   * (HTTP error), or accept it and send an Error notification; null clears.
   */
  failNext: z.optional(
    z.nullable(
      z.union([
        z.object({ errorMessage: z.string().check(z.minLength(1)), operationName: z.optional(z.enum(tweetOperationNames)) }),
        z.object({
          /** Any documented error code: 1–20 (ReturnValues page). */
          statusCode: z.number().check(z.int(), z.gte(1), z.lte(20)),
          statusMessage: z.optional(z.string()),
          operationName: z.optional(z.enum(failableOperationNames)),
        }),
      ]),
    ),
  ),
  /** Drop the next N notifications. */
  dropNotifications: z.optional(nonNegativeInt(1_000_000)),
  /** Disconnect every CometD session, the team feed's too: clients get 402::session_unknown and must handshake again. */
  dropSessions: z.optional(z.boolean()),
  /** Give every HTTP session a new CSRF token. */
  rotateCsrf: z.optional(z.boolean()),
  /** End every HTTP session as if it timed out: a request with its JSESSIONID gets HTTP 401. */
  expireSessions: z.optional(z.boolean()),
});
export type FaultsBody = z.infer<typeof faultsBodySchema>;

/** [ours] How deep `/sim/publish` data may nest. */
export const maxPublishedDepth = 256;

export const publishBodySchema = z.pipe(
  z
    .object({
      /** Only this user's sessions; every session when absent. */
      user: z.optional(z.string()),
      /** Required, except with `teamFeed`, where it defaults to the team feed's channel (`/team/twitter`). */
      channel: z.optional(z.string().check(z.startsWith('/'), z.minLength(2))),
      /**
       * [ours] To the team feed's CometD sessions (/team-feed/cometd, supervisors only) instead of
       * GWS's (/api/v2/notifications): how tests feed a team feed client malformed envelopes.
       */
      teamFeed: z.optional(z.boolean()),
      /**
       * Anything at all — this is how bad-input tests feed the client — but nested no deeper than the
       * CometD server can serialise (it recurses: thousands of levels overflow its stack).
       */
      data: z.unknown().check(z.refine((data) => !nestsDeeperThan(data, maxPublishedDepth), `data nests deeper than ${maxPublishedDepth} levels`)),
    })
    .check(z.refine((body) => body.teamFeed === true || body.channel !== undefined, { message: 'channel is required (unless teamFeed)', path: ['channel'] })),
  z.transform(({ user, channel, teamFeed, data }) => ({ user, data, teamFeed: teamFeed === true, channel: channel ?? teamFeedDefaults.channel })),
);
/** What a `POST /sim/publish` request sends. */
export type PublishBody = z.input<typeof publishBodySchema>;

export const loadBodySchema = z.object({
  agents: z.number().check(z.int(), z.gte(1), z.lte(1_000)),
  perSecond: z.number().check(z.gt(0), z.lte(5_000)),
  seconds: z.number().check(z.gt(0), z.lte(300)),
});
export type LoadBody = z.infer<typeof loadBodySchema>;

/** `POST /sim/config`: settings that change while running (fields not given stay as they are). */
export const configBodySchema = z.object({
  twitterDelayMs: z.optional(nonNegativeInt(60_000)),
  /** Acks of Create/Send/Cancel/Complete: `referenceId` or `plain` (wireModes.ts). */
  twitterAcks: z.optional(z.enum(twitterAckModes)),
  /** Channel-state notifications: `8.5.0` (no messageType) or `V2` (wireModes.ts). */
  channelMessages: z.optional(z.enum(channelMessageFormats)),
  /** The request header the CSRF token must come in (announced in X-CSRF-HEADER). */
  csrfHeaderName: z.optional(z.string().check(z.regex(headerNamePattern))),
});
export type ConfigBody = z.infer<typeof configBodySchema>;
