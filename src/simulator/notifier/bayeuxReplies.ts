import { channelSchema, idSchema, subscriptionChannels, subscriptionSchema } from './bayeuxSchema';

/**
 * [ours] How the simulator refuses Bayeux messages before cometd-nodejs-server sees them.
 *
 * A body that is a JSON array of 1–50 objects gets HTTP 200 and one Bayeux reply per message, as
 * cometd-nodejs-server answers its own refusals: `{channel, id?, subscription?, successful: false,
 * error: "400::<reason>"}` (Bayeux 1.0 `error` = code ":" args ":" message). The cometd JS client
 * hands such a reply to the message's callback and listeners (/meta/unsuccessful) and retries a
 * refused handshake or connect with its backoff. Anything else (not JSON, not an array, empty, too
 * many messages, an item that is not an object) gets HTTP 400 with one such reply on
 * `/meta/unsuccessful`: there is no message to answer, and the cometd client fails the whole
 * request (transport failure) and retries with its backoff.
 */

/** The channel of a reply whose message named no valid channel (the cometd client's failure channel). */
export const unsuccessfulChannel = '/meta/unsuccessful';

export interface BayeuxErrorReply {
  channel: string;
  id?: string;
  subscription?: string | string[];
  successful: false;
  error: string;
  advice?: { reconnect: 'handshake'; interval: number };
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A reply to `message` refused with `error`, echoing only its fields that are valid on their own. */
export function errorReplyTo(message: JsonObject, error: string): BayeuxErrorReply {
  const channel = channelSchema.safeParse(message.channel);
  const id = idSchema.safeParse(message.id);
  const subscription = subscriptionSchema.safeParse(message.subscription);
  const reply: BayeuxErrorReply = { channel: channel.success ? channel.data : unsuccessfulChannel, successful: false, error };
  if (id.success) reply.id = id.data;
  if (subscription.success && subscriptionChannels.includes(reply.channel)) reply.subscription = subscription.data;
  return reply;
}

/** The body of an HTTP 400: the request holds no message to answer. */
export function requestRejection(reason: string): BayeuxErrorReply[] {
  return [{ channel: unsuccessfulChannel, successful: false, error: `400::${reason}` }];
}

/**
 * cometd-nodejs-server's answer to a session it does not know (`402::session_unknown`, advice to
 * handshake again on /meta/connect): what a client gets for a clientId that belongs to another
 * user. For that user the session does not exist; its own client handshakes anew, as its own user.
 */
export function sessionUnknownReplies(messages: readonly JsonObject[]): BayeuxErrorReply[] {
  return messages.map((message) => {
    const reply = errorReplyTo(message, '402::session_unknown');
    if (reply.channel === '/meta/connect') reply.advice = { reconnect: 'handshake', interval: 0 };
    return reply;
  });
}
