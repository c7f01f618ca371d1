import { createServer } from 'node:http';
import { handleApi } from '../../../src/simulator/apiHandler';
import { createSimulatorContext } from '../../../src/simulator/simulatorContext';
import { writeJson } from '../../../src/simulator/http/respond';
import { resolveOptions } from '../../../src/simulator/options';
import { notifyTwitter } from '../../../src/simulator/publishing';
import { handleTeamFeed } from '../../../src/simulator/teamFeed/teamFeedHandler';
import { teamFeedPaths } from '../../../src/simulator/teamFeed/teamFeedPaths';
import { benchAgent, sentNotification } from './payload';
import { createProducer } from './producer';
import { closeServer, listen, memoryFigures, withProducer, type ThroughputServer } from './server';

const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

/**
 * The simulator's real notification path, in process.
 *
 * Why not /sim/load or /sim/publish: /sim/load is capped at 5,000 tweets/s (10,000 notifications/s),
 * far below what one long-polling client can take, and /sim/publish costs one HTTP request (plus
 * zod parsing) per notification, which would measure the control API rather than delivery. The
 * GwsSimulator object exposes no in-process publish, so this builds the SimulatorContext with the
 * simulator's own createSimulatorContext() (the one createSimulator() uses), serves `/api` and
 * `/team-feed` through the simulator's own `handleApi` / `handleTeamFeed` (Basic auth, body limit,
 * JSON + zod Bayeux parsing, per-user CometD notifiers), and publishes with `notifyTwitter` — the
 * function tweetService calls for every Sent notification, i.e. what /sim/load ends in: agent1's
 * `/v2/me/twitter` (no session here) and the team feed, which the supervisor's client reads.
 * Everything the simulator does per notification and per long-poll is on the path; only the HTTP
 * control API is not.
 */
export async function startSimulatorServer(): Promise<ThroughputServer> {
  const resolved = resolveOptions({ logError: (message, error) => console.error(`[bench simulator] ${message}`, error) });
  const ctx = createSimulatorContext(resolved);
  const http = createServer((request, response) => {
    // As createSimulator().handle: parse the URL, route /api and /team-feed, report failures.
    const parsed = new URL(request.url ?? '/', 'http://simulator.invalid');
    const path = parsed.pathname;
    const work = isUnder(path, '/api')
      ? handleApi(ctx, request, response, path, parsed.searchParams, resolved.maxBodyBytes)
      : isUnder(path, teamFeedPaths.root)
        ? handleTeamFeed(ctx, request, response, path, resolved.maxBodyBytes)
        : undefined;
    if (!work) {
      writeJson(response, 404, { statusCode: 6, statusMessage: 'Not found' });
      return;
    }
    work.catch((error: unknown) => {
      resolved.logError('request failed', error);
      response.destroy();
    });
  });
  const url = await listen(http);
  // agent1's Sent tweet, as in /sim/load: to agent1's own sessions and, wrapped, to the team feed's.
  const producer = createProducer((sequence) => notifyTwitter(ctx, benchAgent.userName, sentNotification(sequence, url)));
  return {
    kind: 'simulator',
    url,
    ...withProducer(producer),
    memory: memoryFigures,
    counters: () => ({
      published: ctx.stats.notificationsPublished,
      deliveries: ctx.stats.teamFeedDeliveries,
      sessionsDropped: ctx.stats.sessionsDropped + ctx.stats.teamFeedSessionsDropped,
    }),
    async close() {
      ctx.timers.clearAll();
      ctx.notifier.close();
      ctx.teamFeed.close();
      await closeServer(http);
    },
  };
}
