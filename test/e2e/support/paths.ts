import { fileURLToPath } from 'node:url';

/** The repository root and its Vite config, for building and serving the app in e2e tests. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const viteConfigFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));
