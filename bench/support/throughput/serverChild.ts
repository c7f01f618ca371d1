/**
 * Child process: one server under test (argv[2] = 'simulator' | 'bare') with its publisher,
 * driven by the parent over IPC (childRpc.ts). Started with --expose-gc, so memory() is after GC.
 */
import { serveRpc } from '../childRpc';
import { cpuMicros } from './server';
import { startCpuProfile, type ProfileSummary } from '../cpuProfile';
import { startBareServer } from './bareServer';
import type { ThroughputServer } from './server';
import { startSimulatorServer } from './simServer';

const kind = process.argv[2];
const server: ThroughputServer = kind === 'bare' ? await startBareServer() : await startSimulatorServer();
let profiler: { stop(file: string): Promise<ProfileSummary> } | undefined;

serveRpc({
  cpu: cpuMicros,
  info: () => ({ kind: server.kind, url: server.url, pid: process.pid }),
  run: (count: number, window: number, deadlineMs?: number) => server.run(count, window, deadlineMs),
  ack: (received: number) => server.ack(received),
  memory: () => server.memory(),
  counters: () => server.counters(),
  profileStart: async () => {
    profiler = await startCpuProfile();
  },
  profileStop: async (file: string) => {
    const summary = await profiler?.stop(file);
    profiler = undefined;
    return summary;
  },
  close: () => server.close(),
});
