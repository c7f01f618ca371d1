import { createServer } from 'node:http';
import { handleApi } from '../../../src/simulator/apiHandler';
import { createSimulatorContext } from '../../../src/simulator/simulatorContext';
import { writeJson } from '../../../src/simulator/http/respond';
import { resolveOptions } from '../../../src/simulator/options';
import { notifyUser } from '../../../src/simulator/publishing';
import { sentNotification, twitterChannel } from './payload';
import { createProducer } from './producer';
import { closeServer, listen, memoryFigures, withProducer, type ThroughputServer } from './server';

/**
 * The simulator's real notification path, in process.
 *
 * Why not /sim/load or /sim/publish: /sim/load is capped at 5,000 tweets/s (10,000 notifications/s),
 * far below what one long-polling client can take, and /sim/publish costs one HTTP request (plus
 * zod parsing) per notification, which would measure the control API rather than delivery. The
 * GwsSimulator object exposes no in-process publish, so this builds the SimulatorContext with the
 * simulator's own createSimulatorContext() (the one createSimulator() uses),
 * serves CometD through the simulator's own `handleApi` (Basic auth, body limit, JSON + zod Bayeux
 * parsing, per-user CometD notifier), and publishes with `notifyUser` — the function tweetService
 * calls for every Sent notification, i.e. what /sim/load ends in. Everything the simulator does per
 * notification and per long-poll is on the path; only the HTTP control API is not.
 */
export async function startSimulatorServer(): Promise<ThroughputServer> {
  const resolved = resolveOptions({ logError: (message, error) => console.error(`[bench simulator] ${message}`, error) });
  const ctx = createSimulatorContext(resolved);
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
    counters: () => ({ published: ctx.stats.notificationsPublished, deliveries: ctx.stats.deliveries, sessionsDropped: ctx.stats.sessionsDropped }),
    async close() {
      ctx.timers.clearAll();
      ctx.notifier.close();
      await closeServer(http);
    },
  };
}
