import type { IncomingMessage } from 'node:http';

/**
 * [ours] Who may use the control API under /sim/ (src/simulator/README.md, "Control API").
 *
 * It has no credentials: it is for local tooling (tests, the CLI, curl), which sends neither
 * `Origin` nor `Sec-Fetch-Site`, and for the app's own pages. What a browser sends on behalf of
 * another page is refused, whatever Vite's CORS setting:
 * - a CORS preflight (`OPTIONS`): the control API grants none;
 * - `Sec-Fetch-Site: cross-site` or `same-site` (another port of localhost is same-site, yet
 *   another origin);
 * - an `Origin` other than the request's own (`http://<Host>` or `https://<Host>`); `null` too.
 * `GET`/`HEAD /sim/avatars/<name>.svg` is exempt: a public picture, like the profile images a GWS
 * links to on Twitter's servers, embedded by `<img>` from wherever the app is served.
 */

const avatarPath = /^\/sim\/avatars\/[^/]+\.svg$/;
const otherSites = new Set(['cross-site', 'same-site']);

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (host === undefined || host === '') return false;
  const given = origin.toLowerCase();
  const ownHost = host.toLowerCase();
  return given === `http://${ownHost}` || given === `https://${ownHost}`;
}

/** Why a /sim request is refused (HTTP 403), or undefined when it may go on. */
export function controlRefusal(request: IncomingMessage, path: string): string | undefined {
  const method = (request.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') return 'The simulator control API grants no CORS preflight';
  if ((method === 'GET' || method === 'HEAD') && avatarPath.test(path)) return undefined;
  const fetchSite = headerValue(request, 'sec-fetch-site')?.toLowerCase();
  if (fetchSite !== undefined && otherSites.has(fetchSite)) {
    return `The simulator control API refuses requests from other sites' pages (Sec-Fetch-Site: ${fetchSite})`;
  }
  const origin = headerValue(request, 'origin');
  if (origin !== undefined && !isOwnOrigin(origin, request.headers.host)) {
    return `The simulator control API refuses requests from other origins (Origin: ${origin.slice(0, 100)})`;
  }
  return undefined;
}
