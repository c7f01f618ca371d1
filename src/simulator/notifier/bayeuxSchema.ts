import * as z from 'zod/mini';
import { bayeuxLimits as limits } from './bayeuxLimits';

/**
 * The Bayeux fields the simulator lets through to cometd-nodejs-server (Bayeux 1.0,
 * https://docs.cometd.org/current/reference/#_bayeux): each one cometd-nodejs-server reads or
 * echoes in its replies has a type and a bound (bayeuxLimits.ts). Other fields pass, nested no
 * deeper than `maxValueDepth` (checked apart, without recursion: valueDepth.ts).
 */

/** The channels a client may name with `/meta/`: cometd-nodejs-server fails the request on any other. */
export const metaChannels = ['/meta/handshake', '/meta/connect', '/meta/subscribe', '/meta/unsubscribe', '/meta/disconnect'] as const;

/** Bayeux `channel_segment`: alpha, digit or mark (`- _ ! ~ ( ) $ @`). */
const segment = "[A-Za-z0-9\\-_!~()$@]+";
/** `/a/b/c`: one or more segments, no wildcard (messages are sent to one channel). */
const channelPattern = new RegExp(`^(?:/${segment})+$`);
/** `/a/b/c`, `/a/b/*` or `/a/b/**`: a subscription may end with a wildcard segment. */
const subscriptionPattern = new RegExp(`^(?:/${segment})*/(?:${segment}|\\*|\\*\\*)$`);

const isAllowedChannel = (name: string) => !name.startsWith('/meta/') || metaChannels.some((meta) => meta === name);

const channelNameSchema = (pattern: RegExp) =>
  z.string().check(z.maxLength(limits.maxChannelLength), z.regex(pattern), z.refine(isAllowedChannel));

export const channelSchema = channelNameSchema(channelPattern);
export const subscriptionChannelSchema = channelNameSchema(subscriptionPattern);
/** One channel, or a non-empty list of them. */
export const subscriptionSchema = z.union([
  subscriptionChannelSchema,
  z.array(subscriptionChannelSchema).check(z.minLength(1), z.maxLength(limits.maxSubscriptionsPerMessage)),
]);
export const idSchema = z.string().check(z.maxLength(limits.maxIdLength));
export const clientIdSchema = z.string().check(z.regex(new RegExp(`^[A-Za-z0-9_-]{1,${limits.maxClientIdLength}}$`)));

const shortString = z.string().check(z.maxLength(limits.maxShortStringLength));
const adviceMs = z.number().check(z.gte(0), z.lte(limits.maxAdviceMs));

/** Every field that has a rule; the name of the first failing one becomes the error (`400::id_invalid`). */
export const bayeuxMessageSchema = z.looseObject({
  channel: channelSchema,
  id: z.optional(idSchema),
  clientId: z.optional(clientIdSchema),
  subscription: z.optional(subscriptionSchema),
  advice: z.optional(z.looseObject({ timeout: z.optional(adviceMs), interval: z.optional(adviceMs) })),
  ext: z.optional(z.looseObject({})),
  version: z.optional(shortString),
  minimumVersion: z.optional(shortString),
  connectionType: z.optional(shortString),
  supportedConnectionTypes: z.optional(z.array(shortString).check(z.maxLength(limits.maxConnectionTypes))),
});
export type BayeuxMessageFields = z.infer<typeof bayeuxMessageSchema>;

/** Channels whose messages must carry a `subscription`. */
export const subscriptionChannels: readonly string[] = ['/meta/subscribe', '/meta/unsubscribe'];
