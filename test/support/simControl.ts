/**
 * The simulator's control API under /sim/ (src/simulator/README.md), asked from Node: no Origin
 * header, so the simulator takes it for local tooling. A non-200 answer fails the test with its text.
 */

/** A simulator (or the app serving one) by its base URL. */
export type SimTarget = string | { readonly url: string };

const baseUrlOf = (target: SimTarget): string => (typeof target === 'string' ? target : target.url);

async function answerOf(response: Response, what: string): Promise<unknown> {
  if (response.status !== 200) throw new Error(`${what} answered HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}

/** POST /sim/… (config, faults, load, publish, reset) with a JSON body; resolves with the JSON answer. */
export async function simControl(target: SimTarget, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrlOf(target)), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return answerOf(response, `POST ${path}`);
}

/** GET /sim/… (health, stats); resolves with the JSON answer. */
export async function simRead(target: SimTarget, path: string): Promise<unknown> {
  return answerOf(await fetch(new URL(path, baseUrlOf(target))), `GET ${path}`);
}

let markers = 0;

/** Data no GWS would send, unique per call: published as a marker that later messages are ordered against. */
export function markerData(): { marker: string } {
  markers += 1;
  return { marker: `marker-${markers}-${Date.now()}` };
}

/** Whether a notification's data is `marker`. */
export function isMarker(marker: { marker: string }, data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'marker' in data && data.marker === marker.marker;
}
