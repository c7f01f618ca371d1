import { createServer } from 'node:http';
import cometdServer from 'cometd-nodejs-server';
import { resolveOptions } from '../../../src/simulator/options';
import { teamChannel, teamFeedPayload } from './payload';
import { createProducer } from './producer';
import { closeServer, listen, memoryFigures, withProducer, type ThroughputServer } from './server';

/**
 * A bare cometd-nodejs-server: no authentication, no body parsing of ours, no per-user delivery —
 * the reference the simulator is compared with. Same long-poll settings as the simulator's
 * defaults (timeout, maxInterval) and maxSessionsPerBrowser -1 (cometd-notes.md); it serves any
 * path (the client's `/team-feed/cometd` too) and publishes the same team feed envelopes on the
 * same channel through a server channel.
 */
export async function startBareServer(): Promise<ThroughputServer> {
  const defaults = resolveOptions({});
  const cometd = cometdServer.createCometDServer({
    maxSessionsPerBrowser: -1,
    timeout: defaults.longPollTimeoutMs,
    maxInterval: defaults.maxIntervalMs,
    logLevel: 'info',
  });
  const http = createServer((request, response) => cometd.handle(request, response));
  const url = await listen(http);
  const channel = cometd.createServerChannel(teamChannel);
  const producer = createProducer((sequence) => channel.publish(null, teamFeedPayload(sequence, url)));
  return {
    kind: 'bare',
    url,
    ...withProducer(producer),
    memory: memoryFigures,
    counters: () => ({ published: producer.published, deliveries: undefined }),
    async close() {
      cometd.close();
      await closeServer(http);
    },
  };
}
