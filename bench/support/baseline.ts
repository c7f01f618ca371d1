import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/e2e/support/paths';
import type { BaselineReport } from '../report';
import { buildCheckout } from './build';
import { removeOnInterrupt, removeTempDir } from './cleanup';
import { runCommand } from './command';
import { blobId, exportCommit, type ResolvedRef } from './gitRef';

/** The `--baseline` ref, exported, installed and built; `remove` deletes all of it. */
export interface BaselineBuild extends Omit<BaselineReport, 'scenarios'> {
  distDir: string;
  remove: () => Promise<void>;
}

/**
 * The environment for npm in the checkout: without what `npm run bench` exported (npm_config_*,
 * among them npm_config_local_prefix=<this tree>, npm_package_*, INIT_CWD…), so that `npm ci`
 * reads only the user's own npm config and works on the checkout alone.
 */
export function npmChildEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'));
}

/**
 * One temp folder holds the ref's files (checkout/) and its build (dist/). node_modules: when the
 * ref's package-lock.json is byte-identical to this work tree's, a symlink to this tree's
 * node_modules (free); otherwise `npm ci` in the checkout (prefer-offline: npm's cache first).
 */
export async function prepareBaseline(resolved: ResolvedRef, log: (line: string) => void): Promise<BaselineBuild> {
  const root = await mkdtemp(join(tmpdir(), 'gws-tweet-console-bench-baseline-'));
  const unregister = removeOnInterrupt(root);
  const remove = async () => {
    await removeTempDir(root);
    unregister();
  };
  try {
    const checkout = join(root, 'checkout');
    const distDir = join(root, 'dist');
    await mkdir(checkout);
    let started = performance.now();
    await exportCommit(resolved.commit, checkout);
    const exportMs = performance.now() - started;
    const lock = blobId('package-lock.json', resolved.commit);
    let dependencies: BaselineReport['dependencies'];
    if (lock !== undefined && lock === blobId('package-lock.json')) {
      started = performance.now();
      await symlink(join(repoRoot, 'node_modules'), join(checkout, 'node_modules'), 'dir');
      dependencies = { how: 'linked', ms: Math.round(performance.now() - started) };
      log(`  baseline dependencies: package-lock.json identical to this tree's → node_modules linked (${Math.round(dependencies.ms)} ms)`);
    } else {
      log(`  baseline dependencies: package-lock.json ${lock === undefined ? 'missing at that commit' : 'differs from this tree\'s'} → npm ci in the temp folder…`);
      const ms = await runCommand('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: checkout, env: npmChildEnv() });
      dependencies = { how: 'npm ci', ms: Math.round(ms) };
      log(`  baseline dependencies: npm ci took ${(ms / 1000).toFixed(1)} s`);
    }
    const buildMs = await buildCheckout(checkout, distDir);
    return { ref: resolved.ref, commit: resolved.commit, dependencies, exportMs, buildMs, distDir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
