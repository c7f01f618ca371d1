import * as z from 'zod/mini';
import { describeZodError, referenceIdOf, type GwsNotification } from '../schemas';
import { GwsError } from '../http/gwsError';

/**
 * Bayeux messages as the `cometd` library hands them to listeners. A local failure (no answer,
 * HTTP error) is reported as `{successful:false, failure:{httpCode, reason, exception…}}`.
 */
const metaReplySchema = z.looseObject({
  channel: z.string(),
  successful: z.optional(z.boolean()),
  error: z.optional(z.string()),
  advice: z.optional(z.looseObject({ reconnect: z.optional(z.string()) })),
  failure: z.optional(
    z.looseObject({ httpCode: z.optional(z.unknown()), reason: z.optional(z.unknown()), exception: z.optional(z.unknown()) }),
  ),
});
export type MetaReply = z.infer<typeof metaReplySchema>;

/** A reply that does not even fit the shape above counts as an unsuccessful one. */
export function readMetaReply(message: unknown): MetaReply {
  const parsed = metaReplySchema.safeParse(message);
  if (parsed.success) return parsed.data;
  return { channel: '', successful: false, error: `malformed Bayeux reply (${describeZodError(parsed.error)})` };
}

const dataMessageSchema = z.looseObject({ channel: z.string(), data: z.unknown() });

/** The channel and `data` of a message published on a subscribed channel. */
export function readDataMessage(message: unknown): { channel: string; data: unknown } | undefined {
  const parsed = dataMessageSchema.safeParse(message);
  return parsed.success ? { channel: parsed.data.channel, data: parsed.data.data } : undefined;
}

const withReferenceIdSchema = z.looseObject({ referenceId: z.number() });

/** The `referenceId` of a notification `data` that parseNotification could not recognise. */
export function rawReferenceIdOf(data: unknown): number | undefined {
  const parsed = withReferenceIdSchema.safeParse(data);
  return parsed.success ? parsed.data.referenceId : undefined;
}

/** The referenceId a notification answers: read by its schema, or from the raw data when the schema could not read it. */
export function referenceIdIn(notification: GwsNotification, data: unknown): number | undefined {
  return referenceIdOf(notification) ?? rawReferenceIdOf(data);
}

/** Plain words for an unsuccessful handshake or subscribe; `step` names it ("handshake"…). */
export function bayeuxFailureError(step: string, reply: MetaReply): GwsError {
  const failure = reply.failure;
  if (failure) {
    const httpCode = typeof failure.httpCode === 'number' ? failure.httpCode : 0;
    if (httpCode === 401) {
      return new GwsError({
        kind: 'unauthorized',
        httpStatus: 401,
        message: 'GWS notifications refused the user name or password (HTTP 401)',
      });
    }
    if (httpCode >= 400) {
      return new GwsError({ kind: 'http', httpStatus: httpCode, message: `GWS notifications answered HTTP ${httpCode} to the ${step}` });
    }
    if (httpCode >= 200 && httpCode < 300) {
      return new GwsError({
        kind: 'invalid-response',
        httpStatus: httpCode,
        message: `GWS notifications answered the ${step} with something that is not Bayeux`,
        cause: failure.exception,
      });
    }
    return new GwsError({
      kind: 'network',
      message: `Cannot reach GWS notifications (${step}): ${failureReason(failure)}`,
      cause: failure.exception,
    });
  }
  const error = reply.error ?? 'no reason given';
  const code = /^(\d{3})::/.exec(error)?.[1];
  return new GwsError({
    kind: code === '401' || code === '403' ? 'unauthorized' : 'invalid-response',
    message: `GWS notifications refused the ${step}: ${error}`,
  });
}

function failureReason(failure: { reason?: unknown; exception?: unknown }): string {
  if (typeof failure.reason === 'string' && failure.reason) return failure.reason;
  if (failure.exception instanceof Error) return failure.exception.message;
  return 'no answer';
}
