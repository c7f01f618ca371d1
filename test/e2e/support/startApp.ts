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
 * comes along, so the app and the simulator share one origin, as with `npm start`. With `gwsUrl`, the
 * app is served as a deployer would with `GWS_URL=… npm run serve`: no simulator, /api proxied there.
 */
export async function startApp(distDir: string, { gwsUrl, contentSecurityPolicy }: { gwsUrl?: string; contentSecurityPolicy?: string } = {}): Promise<RunningApp> {
  const before = process.env.GWS_URL;
  // vite.config.ts reads GWS_URL when preview() loads it.
  if (gwsUrl === undefined) delete process.env.GWS_URL;
  else process.env.GWS_URL = gwsUrl;
  const server = await preview({
    root: repoRoot,
    configFile: viteConfigFile,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: distDir },
    // A build of another commit (bench --baseline) is served with the policy it shipped with.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, ...(contentSecurityPolicy ? { headers: { 'Content-Security-Policy': contentSecurityPolicy } } : {}) },
  }).finally(() => {
    if (before === undefined) delete process.env.GWS_URL;
    else process.env.GWS_URL = before;
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview is not listening on a TCP port (address: ${String(address)})`);
  }
  const { port } = address satisfies AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
