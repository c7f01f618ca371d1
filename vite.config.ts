/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gwsSimulatorPlugin } from './src/simulator/vitePlugin.ts';
import { prerenderFirstScreenPlugin } from './src/app/prerender/prerenderFirstScreenPlugin.ts';
import { contentSecurityPolicy } from './src/app/contentSecurityPolicy.ts';
import { gwsProxyFromEnvironment } from './src/server/gwsProxy.ts';

// GWS_URL=https://gws.example:8090 npm start → no simulator; /api/ is proxied to that GWS with its TLS
// certificate verified (GWS_CA_FILE adds a trusted CA; GWS_TLS_INSECURE=1 is for a lab GWS only),
// only normalised /api/… paths forwarded, and Set-Cookie attributes fitted to the console's origin
// (Authorization and the CSRF headers pass through unchanged): src/server/gwsProxy.ts.
const gwsUrl = process.env.GWS_URL;
const port = Number(process.env.PORT ?? 5173);

// Vitest runs its own internal Vite server in mode 'test' with these plugins: the simulator must not
// start there (its CometD timers would keep the test runner from exiting). e2e tests get the simulator
// through `vite preview` (mode 'production'), like `npm run serve`.
export default defineConfig(({ command, mode }) => {
  // Built (and GWS_CA_FILE read) only for a server: not for `vite build`, nor vitest's own server.
  const gwsProxy = command === 'serve' && mode !== 'test' ? gwsProxyFromEnvironment(process.env) : undefined;
  return {
    plugins: [react(), prerenderFirstScreenPlugin(), ...(gwsUrl || mode === 'test' ? [] : [gwsSimulatorPlugin()])],
    // cors: false: Vite's default grants preflights to any localhost origin, on any port.
    server: { port, strictPort: !!process.env.PORT, cors: false, proxy: gwsProxy },
    preview: {
      port,
      strictPort: !!process.env.PORT,
      cors: false,
      proxy: gwsProxy,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(), 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
    },
    build: { sourcemap: true },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.{ts,tsx}'],
            environment: 'node',
            // DOM matchers (toBeInTheDocument, toHaveAccessibleName…), and the DOM emptied after each test.
            setupFiles: ['test/setup/domTesting.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'integration',
            include: ['test/integration/**/*.test.{ts,tsx}'],
            environment: 'node',
            setupFiles: ['test/setup/domTesting.ts'],
            testTimeout: 20_000,
            hookTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['test/e2e/globalSetup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
