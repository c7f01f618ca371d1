/**
 * Child process: one long-polling cometd client (countingClient.ts) per server URL, driven by the
 * parent over IPC. Emits `progress` {url, received} so the parent can pass acks to the publisher.
 */
import { serveRpc } from '../childRpc';
import { cpuMicros } from './server';
import { connectCountingClient, type CountingClient } from './countingClient';

const clients = new Map<string, CountingClient>();

const rpc = serveRpc({
  cpu: cpuMicros,
  connect: async (url: string, user: string) => {
    clients.set(url, await connectCountingClient({ url, user, onProgress: (received) => rpc.emit('progress', { url, received }) }));
  },
  waitFor: (url: string, count: number, timeoutMs: number) => clientAt(url).waitFor(count, timeoutMs),
  stats: (url: string) => ({ received: clientAt(url).received, outOfOrder: clientAt(url).outOfOrder, handshakes: clientAt(url).handshakes }),
  close: async () => {
    await Promise.all([...clients.values()].map((client) => client.disconnect()));
  },
});

function clientAt(url: string): CountingClient {
  const client = clients.get(url);
  if (!client) throw new Error(`no client connected to ${url}`);
  return client;
}
