import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { describeZodError } from '../../gws/schemas';
import { avatarSvg } from '../avatar';
import type { SimulatorContext } from '../context';
import { controlRefusal } from '../control/controlGuard';
import { configBodySchema, faultsBodySchema, loadBodySchema, publishBodySchema } from '../control/controlSchemas';
import { jsonSize, type PublishBudget } from '../control/publishBudget';
import { baseUrlOf } from '../http/baseUrl';
import { parseJson, readBody } from '../http/readBody';
import { writeJson, writeText } from '../http/respond';
import type { LoadGenerator } from '../load';
import { publishRaw } from '../publishing';
import { emptyStats } from '../stats';
import { screenNamePattern } from '../twitterAccounts';

export interface ControlDeps {
  ctx: SimulatorContext;
  load: LoadGenerator;
  maxBodyBytes: number;
  publishBudget: PublishBudget;
}

type PostRoute = (deps: ControlDeps, body: unknown, request: IncomingMessage) => unknown;

class ControlError extends Error {}

function parsed<S extends z.core.$ZodType>(schema: S, body: unknown): z.output<S> {
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  throw new ControlError(describeZodError(result.error));
}

const postRoutes = new Map<string, PostRoute>(Object.entries({
  '/sim/publish': ({ ctx, publishBudget }, body) => {
    const { data, ...target } = parsed(publishBodySchema, body);
    const delivered = publishRaw(ctx, target, data);
    publishBudget.charge(jsonSize(data) * Math.max(1, delivered));
    return { ok: true, delivered };
  },
  '/sim/faults': ({ ctx }, body) => {
    const faults = parsed(faultsBodySchema, body);
    const state = ctx.faults.apply(faults);
    const droppedSessions = faults.dropSessions ? ctx.notifier.dropAllSessions() : 0;
    const droppedTeamFeedSessions = faults.dropSessions ? ctx.teamFeed.dropAllSessions() : 0;
    const rotatedSessions = faults.rotateCsrf ? ctx.httpSessions.rotateAllTokens() : 0;
    const expiredSessions = faults.expireSessions ? ctx.httpSessions.expireAll() : 0;
    return { ok: true, faults: state, droppedSessions, droppedTeamFeedSessions, rotatedSessions, expiredSessions };
  },
  '/sim/load': ({ load }, body, request) => {
    const { until } = load.start(parsed(loadBodySchema, body), baseUrlOf(request));
    return { started: true, until: new Date(until).toISOString() };
  },
  '/sim/config': ({ ctx }, body) => {
    const { twitterDelayMs, twitterAcks, channelMessages, csrfHeaderName } = parsed(configBodySchema, body);
    if (twitterDelayMs !== undefined) ctx.config.twitterDelayMs = twitterDelayMs;
    if (twitterAcks !== undefined) ctx.config.twitterAcks = twitterAcks;
    if (channelMessages !== undefined) ctx.config.channelMessages = channelMessages;
    if (csrfHeaderName !== undefined) ctx.config.csrfHeaderName = csrfHeaderName;
    return { ok: true, config: ctx.config };
  },
  '/sim/reset': ({ ctx, load }) => {
    load.stop();
    ctx.store.clear();
    ctx.teamRoster.clearLoadAgents();
    ctx.faults.reset();
    Object.assign(ctx.stats, emptyStats());
    return { ok: true };
  },
} satisfies Record<string, PostRoute>));

function getRoute({ ctx, load }: ControlDeps, path: string, response: ServerResponse): boolean {
  if (path === '/sim/health') {
    writeJson(response, 200, {
      ok: true, users: ctx.users.all.length, tweets: ctx.store.size, sessions: ctx.notifier.sessionCount(), teamFeedSessions: ctx.teamFeed.sessionCount(),
    });
    return true;
  }
  if (path === '/sim/stats') {
    writeJson(response, 200, {
      ...ctx.stats,
      faults: ctx.faults.state,
      config: ctx.config,
      tweets: ctx.store.size,
      sessions: ctx.notifier.sessionCount(),
      teamFeedSessions: ctx.teamFeed.sessionCount(),
      httpSessions: ctx.httpSessions.size,
      loadRunning: load.running,
    });
    return true;
  }
  const avatar = /^\/sim\/avatars\/([^/]+)\.svg$/.exec(path)?.[1];
  if (avatar !== undefined && screenNamePattern.test(avatar)) {
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    writeText(response, 200, avatarSvg(avatar), 'image/svg+xml');
    return true;
  }
  return false;
}

/** 403 for another page's request or a preflight (controlGuard.ts), 429 over the publish budget; false when it may go on. */
function refused({ ctx, publishBudget }: ControlDeps, request: IncomingMessage, response: ServerResponse, path: string): boolean {
  const refusal = controlRefusal(request, path);
  if (refusal !== undefined) {
    ctx.stats.controlRefused += 1;
    writeJson(response, 403, { ok: false, error: refusal });
    return true;
  }
  const throttled = path === '/sim/publish' && request.method?.toUpperCase() === 'POST' ? publishBudget.take() : undefined;
  if (throttled !== undefined) {
    ctx.stats.publishThrottled += 1;
    writeJson(response, 429, { ok: false, error: throttled }, { 'Retry-After': '1' });
    return true;
  }
  return false;
}

/**
 * The control API under /sim/ (src/simulator/README.md): for local tooling, no authentication.
 * Other pages' requests are refused (controlGuard.ts); POSTs must also be `application/json`.
 */
export async function handleControl(deps: ControlDeps, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  if (refused(deps, request, response, path)) return;
  const method = (request.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    if (!getRoute(deps, path, response)) writeJson(response, 404, { ok: false, error: `No control resource at ${path.slice(0, 120)}` });
    return;
  }
  const route = method === 'POST' ? postRoutes.get(path) : undefined;
  if (!route) {
    writeJson(response, 404, { ok: false, error: `No control resource ${method} ${path.slice(0, 120)}` });
    return;
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    writeJson(response, 415, { ok: false, error: 'Content-Type must be application/json' });
    return;
  }
  const read = await readBody(request, deps.maxBodyBytes);
  if (read.kind === 'failed') return;
  if (read.kind === 'tooLarge') {
    writeJson(response, 413, { ok: false, error: `Body over ${deps.maxBodyBytes} bytes` }, { Connection: 'close' });
    return;
  }
  const json = read.text.trim() === '' ? { ok: true as const, value: {} } : parseJson(read.text);
  if (!json.ok) {
    writeJson(response, 400, { ok: false, error: 'Malformed JSON body' });
    return;
  }
  try {
    writeJson(response, 200, route(deps, json.value, request));
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    writeJson(response, 400, { ok: false, error: error.message });
  }
}
