import { parseJson } from '../http/readBody';
import { bayeuxLimits as limits } from './bayeuxLimits';
import { errorReplyTo, isJsonObject, requestRejection, type BayeuxErrorReply, type JsonObject } from './bayeuxReplies';
import { bayeuxMessageSchema, subscriptionChannels, type BayeuxMessageFields } from './bayeuxSchema';
import { nestsDeeperThan } from './valueDepth';

/** A message that passed every rule: its checked fields, and the object as received for the hand-off. */
export interface CheckedMessage {
  fields: BayeuxMessageFields;
  raw: JsonObject;
}

export type BayeuxRequestCheck =
  | { ok: true; messages: CheckedMessage[] }
  | { ok: false; httpStatus: 200 | 400; replies: BayeuxErrorReply[] };

/** The cookie cometd-nodejs-server finds a client's sessions by (its default name). */
export const browserCookieName = 'BAYEUX_BROWSER';
/** What cometd-nodejs-server puts in it: 20 random bytes in hex. */
const browserIdPattern = /^[0-9a-f]{40}$/;

const fieldNames: ReadonlySet<string> = new Set(Object.keys(bayeuxMessageSchema.def.shape));
/** Fields whose value may nest (the others are strings or lists of strings). */
const nestingFields: ReadonlySet<string> = new Set(['data', 'ext', 'advice']);

/**
 * Every BAYEUX_BROWSER value of a Cookie header, split as cometd-nodejs-server splits it, is one it
 * could have made: it indexes a plain object with the value, so `constructor` or `__proto__` would
 * make it throw in the middle of a handshake.
 */
export function browserCookieIsValid(cookieHeader: string | undefined): boolean {
  for (const cookie of (cookieHeader ?? '').split(';')) {
    const parts = cookie.split('=');
    if (parts.length > 1 && parts[0]?.trim() === browserCookieName && !browserIdPattern.test(parts[1]?.trim() ?? '')) return false;
  }
  return true;
}

type MessageCheck = { ok: true; fields: BayeuxMessageFields } | { ok: false; reason: string };

/** One message against every rule; a refusal names its reason (the `<reason>` of `400::<reason>`). */
export function checkMessage(message: JsonObject): MessageCheck {
  const parsed = bayeuxMessageSchema.safeParse(message);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, reason: typeof field === 'string' && fieldNames.has(field) ? `${field}_invalid` : 'message_invalid' };
  }
  if (subscriptionChannels.includes(parsed.data.channel) && parsed.data.subscription === undefined) return { ok: false, reason: 'subscription_missing' };
  for (const [field, value] of Object.entries(message)) {
    if (nestsDeeperThan(value, limits.maxValueDepth)) return { ok: false, reason: nestingFields.has(field) ? `${field}_too_deep` : 'message_too_deep' };
  }
  return { ok: true, fields: parsed.data };
}

/** Why a request of messages that are fine one by one is refused, and which of them the reason is about. */
function requestRejectionOf(fields: readonly BayeuxMessageFields[], cookieHeader: string | undefined): { reason: string; concerns: (message: BayeuxMessageFields) => boolean } | undefined {
  if (!browserCookieIsValid(cookieHeader)) return { reason: 'browser_cookie_invalid', concerns: () => true };
  // cometd-nodejs-server registers the new session, then fails a handshake sent with other messages.
  const isHandshake = (message: BayeuxMessageFields) => message.channel === '/meta/handshake';
  if (fields.length > 1 && fields.some(isHandshake)) return { reason: 'handshake_not_alone', concerns: isHandshake };
  return undefined;
}

const refused = (httpStatus: 200 | 400, replies: BayeuxErrorReply[]): BayeuxRequestCheck => ({ ok: false, httpStatus, replies });

/**
 * Checks a CometD request body (and its Cookie header) against every rule, before anything reaches
 * cometd-nodejs-server. One bad message refuses the whole request (the server answers a request as
 * a whole): that message's reply names its reason, the others' `batch_rejected`.
 */
export function checkBayeuxRequest(bodyText: string, cookieHeader: string | undefined): BayeuxRequestCheck {
  const json = parseJson(bodyText);
  if (!json.ok) return refused(400, requestRejection('request_not_json'));
  const body = json.value;
  if (!Array.isArray(body) || body.length === 0) return refused(400, requestRejection('request_not_a_message_list'));
  if (body.length > limits.maxMessagesPerRequest) return refused(400, requestRejection('request_too_many_messages'));
  const raws = body.filter(isJsonObject);
  if (raws.length !== body.length) return refused(400, requestRejection('request_not_a_message_list'));

  const messages: CheckedMessage[] = [];
  const reasons = raws.map((raw) => {
    const check = checkMessage(raw);
    if (!check.ok) return check.reason;
    messages.push({ raw, fields: check.fields });
    return undefined;
  });
  if (messages.length < raws.length) {
    return refused(200, raws.map((raw, i) => errorReplyTo(raw, `400::${reasons[i] ?? 'batch_rejected'}`)));
  }
  const whole = requestRejectionOf(messages.map((message) => message.fields), cookieHeader);
  if (whole) {
    return refused(200, messages.map(({ raw, fields }) => errorReplyTo(raw, `400::${whole.concerns(fields) ? whole.reason : 'batch_rejected'}`)));
  }
  return { ok: true, messages };
}
