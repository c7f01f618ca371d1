import { createServer } from 'node:http';
import { createAgentStates } from '../../../src/simulator/agentStates';
import { handleApi, authenticate } from '../../../src/simulator/apiHandler';
import type { SimulatorContext } from '../../../src/simulator/context';
import { createFaults } from '../../../src/simulator/faults';
import { writeJson } from '../../../src/simulator/http/respond';
import { createCometdNotifier } from '../../../src/simulator/notifier/cometdNotifier';
import { resolveOptions } from '../../../src/simulator/options';
import { notifyUser } from '../../../src/simulator/publishing';
import { createHttpSessionStore } from '../../../src/simulator/sessions/httpSessions';
import { interactionId, randomUpperAlnum } from '../../../src/simulator/stableIds';
import { emptyStats } from '../../../src/simulator/stats';
import { createTweetStore } from '../../../src/simulator/store/tweetStore';
import { createTimers } from '../../../src/simulator/timers';
import { createUserDirectory } from '../../../src/simulator/users';
import { sentNotification, twitterChannel } from './payload';
import { createProducer } from './producer';
import { closeServer, listen, memoryFigures, withProducer, type ThroughputServer } from './server';

/**
 * The simulator's real notification path, in process.
 *
 * Why not /sim/load or /sim/publish: /sim/load is capped at 2,000 tweets/s (4,000 notifications/s),
 * far below what one long-polling client can take, and /sim/publish costs one HTTP request (plus
 * zod parsing) per notification, which would measure the control API rather than delivery. The
 * GwsSimulator object exposes no in-process publish, so this composes a SimulatorContext exactly as
 * createSimulator() does (same factories, same defaults; `tsc` fails here if the context changes),
 * serves CometD through the simulator's own `handleApi` (Basic auth, body limit, JSON + zod Bayeux
 * parsing, per-user CometD notifier), and publishes with `notifyUser` — the function tweetService
 * calls for every Sent notification, i.e. what /sim/load ends in. Everything the simulator does per
 * notification and per long-poll is on the path; only the HTTP control API is not.
 */
export async function startSimulatorServer(): Promise<ThroughputServer> {
  const resolved = resolveOptions({ logError: (message, error) => console.error(`[bench simulator] ${message}`, error) });
  const stats = emptyStats();
  let referenceIds = 0;
  let tweetIds = 0;
  const timers = createTimers((error) => resolved.logError('timer failed', error));
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
  const http = createServer((request, response) => {
    // As createSimulator().handle: parse the URL, route /api to handleApi, report failures.
    const parsed = new URL(request.url ?? '/', 'http://simulator.invalid');
    if (parsed.pathname !== '/api' && !parsed.pathname.startsWith('/api/')) {
      writeJson(response, 404, { statusCode: 6, statusMessage: 'Not found' });
      return;
    }
    handleApi(ctx, request, response, parsed.pathname, parsed.searchParams, resolved.maxBodyBytes).catch((error: unknown) => {
      resolved.logError('request failed', error);
      response.destroy();
    });
  });
  const url = await listen(http);
  // agent1's Sent tweet: reaches agent1's sessions and every supervisor's (the team feed), as in /sim/load.
  const producer = createProducer((sequence) => notifyUser(ctx, 'agent1', twitterChannel, sentNotification(sequence, url)));
  return {
    kind: 'simulator',
    url,
    ...withProducer(producer),
    memory: memoryFigures,
    counters: () => ({ published: stats.notificationsPublished, deliveries: stats.deliveries, sessionsDropped: stats.sessionsDropped }),
    async close() {
      timers.clearAll();
      ctx.notifier.close();
      await closeServer(http);
    },
  };
}
