import type { AddressInfo } from 'node:net';
import { preview } from 'vite';
import { repoRoot, viteConfigFile } from './paths';

export interface RunningApp {
  /** Origin of the app and the embedded GWS simulator, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a production build with `vite preview` on a free port. The simulator plugin from vite.config.ts
 * comes along, so the app and the simulator share one origin, as with `npm start`.
 */
export async function startApp(distDir: string): Promise<RunningApp> {
  const server = await preview({
    root: repoRoot,
    configFile: viteConfigFile,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview is not listening on a TCP port (address: ${String(address)})`);
  }
  const { port } = address satisfies AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
