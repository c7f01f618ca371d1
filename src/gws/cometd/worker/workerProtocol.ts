/**
 * What the console's tabs and the notification worker say to each other, with a zod schema for each
 * direction: a message event's data is `unknown` until it is read here. The worker is our own code
 * and has parsed every notification with the full GWS schemas, so a notification crossing back is
 * only checked for the envelope (an object with a `kind`), not parsed a second time on the tab's
 * main thread, which is the work the worker exists to take off it.
 */
import * as z from 'zod/mini';
import type { GwsNotification } from '../../schemas';

/** Changes whenever a message changes shape; part of the SharedWorker's name. */
export const notificationWorkerProtocol = 1;

/**
 * The worker pings every tab with clients every `pingEveryMs`. A tab that answers nothing for
 * `silentTabMs` is dropped by the worker (closed, crashed or frozen); a worker from which a tab with
 * clients hears nothing for as long is started again by the tab (it crashed).
 */
export const heartbeat = { pingEveryMs: 20_000, silentTabMs: 65_000 };

const csrfSchema = z.object({ name: z.string(), value: z.string() });
export type CsrfHeader = z.infer<typeof csrfSchema>;

/** A client's options as the worker needs them (no functions: they cannot be posted). */
const sharedOptionsSchema = z.object({
  url: z.string(),
  authorization: z.string(),
  channels: z.array(z.string()),
  messages: z.enum(['gws', 'team-feed']),
  maxBackoffMs: z.optional(z.number()),
  backoffIncrementMs: z.optional(z.number()),
});
export type SharedClientOptions = z.infer<typeof sharedOptionsSchema>;

const clientId = z.number();

const tabMessageSchema = z.discriminatedUnion('type', [
  /** A tab's client wants the connection these options name (shared with every tab asking the same). */
  z.object({ type: z.literal('open'), clientId, options: sharedOptionsSchema, csrf: z.optional(csrfSchema) }),
  z.object({ type: z.literal('connect'), clientId, requestId: z.number() }),
  /** The tab's client is done (its disconnect()); the connection closes with its last client. */
  z.object({ type: z.literal('close'), clientId }),
  z.object({ type: z.literal('csrf'), clientId, csrf: csrfSchema }),
  z.object({ type: z.literal('pong') }),
  /** The page is going away (pagehide): every client of this tab is closed. */
  z.object({ type: z.literal('goodbye') }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;

const connectionStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('connecting') }),
  z.object({ status: z.literal('connected') }),
  z.object({ status: z.literal('reconnecting'), attempt: z.number() }),
  z.object({ status: z.literal('disconnected') }),
]);

const errorSchema = z.object({
  message: z.string(),
  /** A GwsError's kind, when it was one. */
  kind: z.optional(z.string()),
  statusCode: z.optional(z.number()),
  httpStatus: z.optional(z.number()),
});
export type PostedError = z.infer<typeof errorSchema>;

const notificationEnvelope = z.custom<GwsNotification>(
  (value) => typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string',
  'a notification the worker parsed',
);

const deliveredSchema = z.object({
  clientId,
  channel: z.string(),
  notification: notificationEnvelope,
  referenceId: z.optional(z.number()),
  /** Only with `unrecognised` notifications: what the ignored-notification log quotes. */
  raw: z.optional(z.unknown()),
});
export type DeliveredNotification = z.infer<typeof deliveredSchema>;

const workerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), protocol: z.number() }),
  z.object({ type: z.literal('state'), clientId, state: connectionStateSchema }),
  z.object({ type: z.literal('connect-result'), clientId, requestId: z.number(), error: z.optional(errorSchema) }),
  z.object({ type: z.literal('reestablished'), clientId }),
  /** Every notification since the last batch, for every client of the tab, in arrival order. */
  z.object({ type: z.literal('notifications'), items: z.array(deliveredSchema) }),
  z.object({ type: z.literal('ping') }),
  /** The worker stopped serving this tab (it did not answer for too long): open the clients again. */
  z.object({ type: z.literal('dropped') }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;

export type ReadResult<T> = { ok: true; message: T } | { ok: false; reason: string };

function read<T>(schema: z.ZodMiniType<T>, data: unknown): ReadResult<T> {
  const result = z.safeParse(schema, data);
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: result.error.message };
}

export const readTabMessage = (data: unknown): ReadResult<TabMessage> => read(tabMessageSchema, data);
export const readWorkerMessage = (data: unknown): ReadResult<WorkerMessage> => read(workerMessageSchema, data);
