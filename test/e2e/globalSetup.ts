import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { repoRoot, viteConfigFile } from './support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Directory holding the production build the e2e tests serve with `vite preview`. */
    e2eDistDir: string;
  }
}

/** Builds the app once for all e2e tests, into a temporary directory removed afterwards. */
export default async function buildAppForE2e(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.GWS_URL) {
    throw new Error('e2e tests run against the embedded simulator: unset GWS_URL to run them');
  }
  const outDir = await mkdtemp(join(tmpdir(), 'gws-tweet-console-e2e-'));

  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: repoRoot,
      configFile: viteConfigFile,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  project.provide('e2eDistDir', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
