import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../test/e2e/support/paths';
import type { BaselineReport } from '../report';
import { buildCheckout } from './build';
import { removeOnInterrupt, removeTempDir } from './cleanup';
import { runCommand } from './command';
import { blobId, exportCommit, type ResolvedRef } from './gitRef';

/** The `--baseline` ref, exported, installed and built; `remove` deletes all of it. */
export interface BaselineBuild extends Omit<BaselineReport, 'scenarios'> {
  distDir: string;
  /** The CSP the ref's `src/app/contentSecurityPolicy.ts` sets, to serve its build with; undefined when it has none. */
  contentSecurityPolicy: string | undefined;
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
 * The ref's own Content-Security-Policy: this tree's server serves both builds, and a policy one
 * build needs may stop the other (this tree's `worker-src 'self'` stops an older build's cometd
 * timer worker, made from a blob: URL, and its notifications never arrive).
 */
async function policyOf(checkout: string): Promise<string | undefined> {
  const file = join(checkout, 'src/app/contentSecurityPolicy.ts');
  if (!existsSync(file)) return undefined;
  const module: unknown = await import(pathToFileURL(file).href);
  if (typeof module !== 'object' || module === null || !('contentSecurityPolicy' in module) || typeof module.contentSecurityPolicy !== 'function') return undefined;
  const policy: unknown = Reflect.apply(module.contentSecurityPolicy, undefined, []);
  return typeof policy === 'string' ? policy : undefined;
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
    const contentSecurityPolicy = await policyOf(checkout);
    return { ref: resolved.ref, commit: resolved.commit, dependencies, exportMs, buildMs, distDir, contentSecurityPolicy, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
