import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { repoRoot, viteConfigFile } from '../../test/e2e/support/paths';
import { runCommand } from './command';

export interface AppBuild {
  distDir: string;
  durationMs: number;
  remove: () => Promise<void>;
}

/**
 * `vite build` of the app into a new temporary directory, with NODE_ENV=production (vitest sets
 * NODE_ENV=test, which would bundle React's development build) — the e2e globalSetup's recipe.
 */
export async function buildApp(): Promise<AppBuild> {
  const distDir = await mkdtemp(join(tmpdir(), 'gws-tweet-console-bench-'));
  const started = performance.now();
  await productionBuild({ root: repoRoot, configFile: viteConfigFile, build: { outDir: distDir, emptyOutDir: true } });
  return { distDir, durationMs: performance.now() - started, remove: () => rm(distDir, { recursive: true, force: true }) };
}

/**
 * `vite build` of another checkout (`--baseline`) with ITS Vite (node_modules/.bin/vite) and ITS
 * vite.config.ts, in a child process, into `outDir`; NODE_ENV=production as above. Resolves with
 * the build's duration in ms.
 */
export function buildCheckout(checkoutDir: string, outDir: string): Promise<number> {
  return runCommand(join(checkoutDir, 'node_modules', '.bin', 'vite'), ['build', '--mode', 'production', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: checkoutDir,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** `vite build` in production mode with NODE_ENV=production for its duration (restored after). */
export async function productionBuild(config: InlineConfig): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...config, mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
