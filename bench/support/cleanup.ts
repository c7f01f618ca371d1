import { lstat, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Temp folders to remove if the run is interrupted (Ctrl+C, SIGTERM, SIGHUP) before its own cleanup. */
const pending = new Set<string>();
let installed = false;
let stopping = false;

/**
 * Removes a folder made by the bench. A `node_modules` symlink in it (the baseline checkout's link
 * to this tree's) is unlinked first, so nothing behind it can be touched.
 */
export async function removeTempDir(dir: string): Promise<void> {
  const link = join(dir, 'node_modules');
  const stat = await lstat(link).catch(() => undefined);
  if (stat?.isSymbolicLink()) await unlink(link);
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * On the first interrupting signal: removes the pending folders, then exits 128 + the signal's
 * number. Asynchronously, and further signals ignored: tsx (which runs the bench) relays each
 * signal to this process and SIGKILLs it if the event loop does not acknowledge within ~30 ms;
 * npm relays Ctrl+C once more.
 */
function onSignal(signal: NodeJS.Signals, number: number): void {
  if (stopping) return;
  stopping = true;
  console.error(`\n${signal}: removing ${pending.size} temp folder(s)…`);
  void Promise.allSettled([...pending].map(removeTempDir)).then(() => process.exit(128 + number));
}

/** Registers `dir` for removal on an interrupting signal; returns the function that unregisters it. */
export function removeOnInterrupt(dir: string): () => void {
  pending.add(dir);
  if (!installed) {
    installed = true;
    for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) process.on(signal, () => onSignal(signal, number));
  }
  return () => pending.delete(dir);
}
