import type { ChildRpc } from '../childRpc';
import type { ProfileSummary } from '../cpuProfile';
import { connectCountingClient } from './countingClient';
import type { RunResult } from './producer';
import { cpuMicros, type Counters, type MemoryFigures, type ServerKind, type ThroughputServer } from './server';

/** A server under test and the one long-polling client reading it. */
export interface Pair {
  readonly kind: ServerKind;
  run(count: number, window: number, deadlineMs?: number): Promise<RunResult>;
  /** Resolves true once the client has received `count` in all. */
  clientWaitFor(count: number, timeoutMs: number): Promise<boolean>;
  clientStats(): Promise<{ received: number; outOfOrder: number; handshakes: number }>;
  memory(): Promise<MemoryFigures>;
  counters(): Promise<Counters>;
  /** CPU time (user + system, µs) used so far by the server's process and by the client's. */
  cpu(): Promise<{ server: number; client: number }>;
  profileStart(): Promise<void>;
  profileStop(file: string): Promise<ProfileSummary | undefined>;
  close(): Promise<void>;
}

export interface Round {
  published: number;
  delivered: number;
  ms: number;
  perSecond: number;
  /** Every published notification arrived before the drain timeout. */
  complete: boolean;
  timedOut: boolean;
  stalled: boolean;
  /** CPU µs per delivered notification, in the server's process and in the client's. */
  serverCpuUs: number;
  clientCpuUs: number;
}

/** Publishes `count` (or until `deadlineMs`) and times it until the client has them all. */
export async function measureRound(pair: Pair, count: number, window: number, deadlineMs?: number): Promise<Round> {
  const before = (await pair.clientStats()).received;
  const cpuBefore = await pair.cpu();
  const started = performance.now();
  const { published, timedOut, stalled } = await pair.run(count, window, deadlineMs);
  const complete = await pair.clientWaitFor(before + published, stalled ? 1_000 : 30_000);
  const ms = performance.now() - started;
  const cpuAfter = await pair.cpu();
  const delivered = (await pair.clientStats()).received - before;
  const perMessage = (us: number) => us / Math.max(1, delivered);
  return {
    published,
    delivered,
    ms,
    perSecond: (delivered / ms) * 1000,
    complete,
    timedOut,
    stalled,
    serverCpuUs: perMessage(cpuAfter.server - cpuBefore.server),
    clientCpuUs: perMessage(cpuAfter.client - cpuBefore.client),
  };
}

/** Server and client in this process (the smoke test). */
export async function inProcessPair(server: ThroughputServer, user: string): Promise<Pair> {
  const client = await connectCountingClient({ url: server.url, user, onProgress: (received) => server.ack(received) });
  return {
    kind: server.kind,
    run: (count, window, deadlineMs) => server.run(count, window, deadlineMs),
    clientWaitFor: (count, timeoutMs) => client.waitFor(count, timeoutMs),
    // In one process these are at hand; the Pair is asynchronous for the pair across processes.
    clientStats: () => Promise.resolve({ received: client.received, outOfOrder: client.outOfOrder, handshakes: client.handshakes }),
    memory: () => Promise.resolve(server.memory()),
    counters: () => Promise.resolve(server.counters()),
    cpu: () => Promise.resolve({ server: cpuMicros(), client: cpuMicros() }),
    profileStart: () => Promise.resolve(),
    profileStop: () => Promise.resolve(undefined),
    async close() {
      await client.disconnect();
      await server.close();
    },
  };
}

/** Server in its own child process, client in a shared client child; acks are relayed here. */
export async function forkedPair(server: ChildRpc, client: ChildRpc, user: string): Promise<Pair> {
  const { kind, url } = await server.call<{ kind: ServerKind; url: string }>('info');
  client.on('progress', (payload) => {
    const progress = payload as { url: string; received: number };
    if (progress.url === url) server.send('ack', progress.received);
  });
  await client.call('connect', url, user);
  return {
    kind,
    run: (count, window, deadlineMs) => server.call('run', count, window, deadlineMs),
    clientWaitFor: (count, timeoutMs) => client.call('waitFor', url, count, timeoutMs),
    clientStats: () => client.call('stats', url),
    memory: () => server.call('memory'),
    counters: () => server.call('counters'),
    cpu: async () => {
      const [serverCpu, clientCpu] = await Promise.all([server.call<number>('cpu'), client.call<number>('cpu')]);
      return { server: serverCpu, client: clientCpu };
    },
    profileStart: () => server.call('profileStart'),
    profileStop: (file) => server.call('profileStop', file),
    close: () => server.close(),
  };
}
