import { expect } from 'vitest';

/** POST /sim/… on the app's embedded simulator (config, faults, load, publish); the test fails on a non-200 answer. */
export async function simControl(appUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(new URL(path, appUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status, path).toBe(200);
}
