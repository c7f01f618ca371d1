import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApi, authenticate } from './apiHandler';
import { createAgentStates } from './agentStates';
import type { SimulatorContext } from './context';
import { createFaults } from './faults';
import { statusError, writeJson } from './http/respond';
import { createLoadGenerator } from './load';
import { createCometdNotifier } from './notifier/cometdNotifier';
import { resolveOptions, type SimulatorOptions } from './options';
import { handleControl } from './routes/control';
import { createHttpSessionStore } from './sessions/httpSessions';
import { randomUpperAlnum, interactionId } from './stableIds';
import { emptyStats } from './stats';
import { createTweetStore } from './store/tweetStore';
import { createTimers } from './timers';
import { createUserDirectory, type UserDirectory } from './users';

export { usersFileFromEnv, type SimulatorOptions } from './options';

export interface GwsSimulator {
  /** Connect-style middleware: /api/* and /sim/*; anything else goes to next() (or 404 without next). */
  handle(request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void): void;
  readonly users: UserDirectory;
  /** Stops everything: CometD sessions and server, timers, load. Idempotent. */
  close(): void;
}

function pathAndQuery(url: string | undefined): { path: string; query: URLSearchParams } {
  const parsed = new URL(url ?? '/', 'http://simulator.invalid');
  return { path: parsed.pathname, query: parsed.searchParams };
}

const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

/** A GWS simulator instance (src/simulator/README.md). All state lives in this instance. */
export function createSimulator(options: SimulatorOptions = {}): GwsSimulator {
  const resolved = resolveOptions(options);
  const timers = createTimers((error) => resolved.logError('timer failed', error));
  const stats = emptyStats();
  let referenceIds = 0;
  let tweetIds = 0;
  const ctx: SimulatorContext = {
    users: createUserDirectory(resolved.users),
    store: createTweetStore({ maxTweets: resolved.maxTweets }),
    agentStates: createAgentStates(),
    httpSessions: createHttpSessionStore({ maxSessions: resolved.maxHttpSessions }),
    notifier: createCometdNotifier({
      authenticate: (request) => authenticate(ctx, request),
      longPollTimeoutMs: resolved.longPollTimeoutMs,
      maxIntervalMs: resolved.maxIntervalMs,
      maxQueuedPerSession: resolved.maxQueuedPerSession,
      onSessionDropped: () => {
        stats.sessionsDropped += 1;
      },
    }),
    faults: createFaults(),
    stats,
    timers,
    config: { twitterDelayMs: resolved.twitterDelayMs, maxListedTweets: resolved.maxListedTweets },
    nextReferenceId: () => ++referenceIds,
    nextTweetId: () => interactionId(++tweetIds, randomUpperAlnum(7)),
  };
  const load = createLoadGenerator(ctx);
  let closed = false;

  function fail(response: ServerResponse, error: unknown): void {
    resolved.logError('request failed', error);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const outcome = statusError(4, 'Internal simulator error');
    writeJson(response, outcome.status, outcome.body);
  }

  return {
    users: ctx.users,
    handle(request, response, next) {
      const { path, query } = pathAndQuery(request.url);
      let work: Promise<void> | undefined;
      if (closed && (isUnder(path, '/api') || isUnder(path, '/sim'))) {
        writeJson(response, 503, { statusCode: 4, statusMessage: 'Simulator closed' });
        return;
      }
      if (isUnder(path, '/sim')) work = handleControl({ ctx, load, maxBodyBytes: resolved.maxBodyBytes }, request, response, path);
      else if (isUnder(path, '/api')) work = handleApi(ctx, request, response, path, query, resolved.maxBodyBytes);
      if (work) {
        work.catch((error: unknown) => fail(response, error));
        return;
      }
      if (next) next();
      else writeJson(response, 404, { statusCode: 6, statusMessage: 'Not found' });
    },
    close() {
      if (closed) return;
      closed = true;
      load.stop();
      timers.clearAll();
      ctx.notifier.close();
    },
  };
}
