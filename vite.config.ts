/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { gwsSimulatorPlugin } from './src/simulator/vitePlugin.ts';
import { prerenderFirstScreenPlugin } from './src/app/prerender/prerenderFirstScreenPlugin.ts';
import { contentSecurityPolicy } from './src/app/contentSecurityPolicy.ts';

// GWS_URL=https://gws.example:8090 npm start → no simulator; /api is proxied to that GWS
// (cookies, Authorization and the CSRF headers pass through unchanged).
const gwsUrl = process.env.GWS_URL;
const port = Number(process.env.PORT ?? 5173);

const gwsProxy = gwsUrl
  ? {
      '/api': {
        target: gwsUrl,
        changeOrigin: true,
        secure: false,
        cookieDomainRewrite: '',
        ws: false,
      },
    }
  : undefined;

// Vitest runs its own internal Vite server in mode 'test' with these plugins: the simulator must not
// start there (its CometD timers would keep the test runner from exiting). e2e tests get the simulator
// through `vite preview` (mode 'production'), like `npm run serve`.
export default defineConfig(({ mode }) => ({
  plugins: [react(), prerenderFirstScreenPlugin(), ...(gwsUrl || mode === 'test' ? [] : [gwsSimulatorPlugin()])],
  server: { port, strictPort: !!process.env.PORT, proxy: gwsProxy },
  preview: {
    port,
    strictPort: !!process.env.PORT,
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
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
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
}));
