import { fileURLToPath } from 'node:url';
import { runnerImport, type Connect, type Plugin } from 'vite';
import { embeddedSimulatorHeader } from '../gws/http/contract.ts';
import type { GwsSimulator, SimulatorOptions } from './createSimulator';

type SimulatorModule = typeof import('./createSimulator');

interface MountableServer {
  middlewares: Connect.Server;
  httpServer: { once(event: 'close', listener: () => void): unknown } | null;
}

/**
 * The simulator is loaded through Vite's module runner rather than imported here, so the config
 * bundle holds only this file (Vite warns about every extensionless import in that bundle).
 */
async function loadSimulator(options: SimulatorOptions): Promise<GwsSimulator> {
  const entry = fileURLToPath(new URL('./createSimulator.ts', import.meta.url));
  const { module } = await runnerImport<SimulatorModule>(entry, { logLevel: 'warn' });
  return module.createSimulator({ usersFile: module.usersFileFromEnv(), ...options });
}

/**
 * Mounts the GWS simulator in the Vite dev server (`npm start`) and the preview server
 * (`npm run serve`, e2e), so the app and the simulator share one origin (no CORS, the session
 * cookie just works). SIM_USERS_FILE chooses the users file.
 *
 * The simulator starts on the first /api, /team-feed or /sim request (a Vite server that never
 * serves one, like vitest's, starts no CometD server and keeps no timer alive) and closes with the
 * server. /team-feed is the team feed [ours], a product endpoint like /api (same origin, no CORS).
 */
export function gwsSimulatorPlugin(options: SimulatorOptions = {}): Plugin {
  const mount = (server: MountableServer) => {
    let simulator: Promise<GwsSimulator> | undefined;
    let closed = false;
    const start = async () => {
      const created = await loadSimulator(options);
      if (closed) created.close();
      return created;
    };
    server.middlewares.use((request, response, next) => {
      // The sign-in page learns from /config.json that the simulator is here (and names the demo accounts).
      if (/^\/config\.json(\?|$)/.test(request.url ?? '')) response.setHeader(embeddedSimulatorHeader.name, embeddedSimulatorHeader.value);
      if (!/^\/(api|team-feed|sim)(\/|\?|$)/.test(request.url ?? '')) return next();
      simulator ??= start();
      simulator.then((s) => s.handle(request, response, next), next);
    });
    server.httpServer?.once('close', () => {
      closed = true;
      void simulator?.then((s) => s.close());
    });
  };
  return {
    name: 'gws-simulator',
    configureServer(server) {
      mount(server);
    },
    configurePreviewServer(server) {
      mount(server);
    },
  };
}
