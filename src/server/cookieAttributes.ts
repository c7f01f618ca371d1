import type { IncomingHttpHeaders } from 'node:http';

/**
 * Set-Cookie attributes rewritten by the `/api` proxy (Node only, used by vite.config.ts) so the
 * browser keeps GWS's session cookie (JSESSIONID) for the console's own origin:
 * - `Domain` is always dropped: the cookie belongs to the console's host, not to GWS's.
 * - When the console itself is served over plain http (e.g. `http://10.0.0.5:5173` on a LAN), a
 *   browser drops a `Secure` cookie, and a `SameSite=None` cookie without `Secure`: `Secure` (and
 *   `Partitioned`, which requires it) are removed and `SameSite=None` becomes `SameSite=Lax` (the
 *   console calls `/api` from its own origin only). Over https they are kept as GWS sent them.
 */

export interface ConsoleRequest {
  readonly socket: object;
  readonly headers: IncomingHttpHeaders;
}

/**
 * Whether the browser reached the console over https: a TLS socket (`server.https`), or a
 * TLS-terminating reverse proxy in front that says so with `X-Forwarded-Proto: https` (the first
 * value, the one the client used).
 */
export function consoleRequestIsHttps(request: ConsoleRequest): boolean {
  if ('encrypted' in request.socket && request.socket.encrypted === true) return true;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0];
  return first?.trim().toLowerCase() === 'https';
}

/** One Set-Cookie header value, its attributes rewritten for the console's origin (see above). */
export function rewriteSetCookie(setCookie: string, { https }: { https: boolean }): string {
  const [nameValue = '', ...attributes] = setCookie.split(';');
  const kept: string[] = [];
  for (const raw of attributes) {
    const attribute = raw.trim();
    if (attribute === '') continue;
    const equals = attribute.indexOf('=');
    const name = (equals === -1 ? attribute : attribute.slice(0, equals)).trim().toLowerCase();
    const value = equals === -1 ? '' : attribute.slice(equals + 1).trim();
    if (name === 'domain') continue;
    if (!https && (name === 'secure' || name === 'partitioned')) continue;
    if (!https && name === 'samesite' && value.toLowerCase() === 'none') {
      kept.push('SameSite=Lax');
      continue;
    }
    kept.push(attribute);
  }
  return [nameValue.trim(), ...kept].join('; ');
}

export function rewriteSetCookies(setCookies: readonly string[], origin: { https: boolean }): string[] {
  return setCookies.map((setCookie) => rewriteSetCookie(setCookie, origin));
}
