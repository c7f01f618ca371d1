import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulator, type GwsSimulator, type SimulatorOptions } from './createSimulator';

export interface StartSimulatorOptions extends SimulatorOptions {
  /** 0 (default): an ephemeral port. */
  port?: number;
  host?: string;
}

export interface RunningSimulator {
  /** `http://host:port`, the GWS base URL. */
  url: string;
  port: number;
  simulator: GwsSimulator;
  /** Closes the simulator and the HTTP server, destroying open connections (held long-polls too). */
  close(): Promise<void>;
}

/** Starts a simulator on its own HTTP server (tests, `npm run sim`). */
export async function startSimulator({ port = 0, host = '127.0.0.1', ...options }: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const simulator = createSimulator(options);
  const server = createServer((request, response) => simulator.handle(request, response));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? (address satisfies AddressInfo).port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    simulator,
    close() {
      closing ??= new Promise<void>((resolve) => {
        simulator.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
