import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { preview } from 'vite';
import { repoRoot } from '../../test/e2e/support/paths';
import type { RunningApp } from '../../test/e2e/support/startApp';
import { productionBuild } from './build';

const fixture = join(repoRoot, 'bench/fixtures/react-floor');

/**
 * Builds bench/fixtures/react-floor (React 19 rendering a bare sign-in form) for production and
 * serves it with `vite preview`, like the app: the same server, the same probe, nothing of ours.
 */
export async function startReactFloorPage(): Promise<RunningApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'gws-tweet-console-react-floor-'));
  await productionBuild({ root: fixture, configFile: false, plugins: [react()], build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: fixture, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`vite preview of the React floor page is not listening on a TCP port (address: ${String(address)})`);
  }
  const { port } = address satisfies AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
