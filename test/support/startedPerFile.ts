import { afterAll, beforeAll } from 'vitest';

/**
 * Something a test file starts once (in beforeAll) and closes at its end (in afterAll). The returned
 * function hands it to the tests, and fails when called before beforeAll has run (outside a test).
 */
export function startedPerFile<T>(what: string, start: () => Promise<T>, close: (started: T) => Promise<void>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started !== undefined) await close(started);
  });
  return () => {
    if (started === undefined) throw new Error(`${what} is not started yet (use it inside a test)`);
    return started;
  };
}
