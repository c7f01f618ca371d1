import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Producer, RunResult } from './producer';

export type ServerKind = 'simulator' | 'bare';

export interface Counters {
  published: number;
  deliveries: number | undefined;
  sessionsDropped?: number;
}

export interface MemoryFigures {
  rssMiB: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  /** Whether a full GC ran first (node --expose-gc). */
  afterGc: boolean;
}

/** One CometD server under test, with its in-process publisher (see producer.ts). */
export interface ThroughputServer {
  readonly kind: ServerKind;
  /** Base URL; the client's CometD URL is the team feed's, `${url}/team-feed/cometd`. */
  readonly url: string;
  run(count: number, window: number, deadlineMs?: number): Promise<RunResult>;
  ack(received: number): void;
  memory(): MemoryFigures;
  /** Notifications published, and deliveries to (team feed) sessions / sessions dropped where the server counts them. */
  counters(): Counters;
  close(): Promise<void>;
}

/** CPU time (user + system, µs) of this process so far. */
export function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

const mib = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

export function memoryFigures(): MemoryFigures {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return { rssMiB: mib(usage.rss), heapUsedMiB: mib(usage.heapUsed), heapTotalMiB: mib(usage.heapTotal), externalMiB: mib(usage.external), afterGc: gc !== undefined };
}

/** Listens on 127.0.0.1, an ephemeral port; resolves with the base URL. */
export function listen(server: Server): Promise<string> {
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function withProducer(producer: Producer): Pick<ThroughputServer, 'run' | 'ack'> {
  return { run: (count, window, deadlineMs) => producer.run(count, window, deadlineMs), ack: (received) => producer.ack(received) };
}
