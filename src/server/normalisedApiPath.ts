/**
 * Which request paths the console's `/api` proxy forwards to GWS (Node only, used by vite.config.ts).
 *
 * Vite matches a proxy context as a string prefix of the raw request URL, so `/api` alone also
 * matches `/apifoo` and `/api/../admin`, and the proxy then sends the path as the WHATWG URL parser
 * resolves it (`/admin`). A GWS (a Java server) resolves even more: `%2e%2e`, `%2f`, `\`, `..;/`.
 * So a path is forwarded only when it is already in its normal form and that form is under `/api/`.
 */

export const apiPrefix = '/api/';

/**
 * Percent-encoded bytes that a server may decode before it resolves the path: `.`, `/`, `\`, `;`
 * (path parameters), `%` (double encoding: `%252e`) and control characters. Other escapes
 * (`%20`, `%C3%A9`) are left as they are: they cannot move a path to another resource.
 */
function isPathSyntax(code: number): boolean {
  return code === 0x2e || code === 0x2f || code === 0x5c || code === 0x3b || code === 0x25 || code < 0x20 || code === 0x7f;
}

function decodePathSyntax(path: string): string {
  let decoded = path;
  for (;;) {
    const next = decoded.replace(/%([0-9a-fA-F]{2})/g, (escape, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return isPathSyntax(code) ? String.fromCharCode(code) : escape;
    });
    if (next === decoded) return decoded;
    decoded = next; // every round shortens the path, so this ends
  }
}

/**
 * The path (no query) as the most lenient server could understand it: percent-encoded path syntax
 * decoded (repeatedly), `\` read as `/`, path parameters (`;…`) dropped from each segment, empty and
 * `.` segments dropped, `..` removing the segment before it (never above `/`). A trailing `/` is kept.
 */
export function normalisedPath(path: string): string {
  const segments: string[] = [];
  let directory = false;
  for (const part of decodePathSyntax(path).replaceAll('\\', '/').split('/')) {
    const segment = part.split(';', 1)[0] ?? '';
    if (segment === '' || segment === '.') {
      directory = true;
    } else if (segment === '..') {
      segments.pop();
      directory = true;
    } else {
      segments.push(segment);
      directory = false;
    }
  }
  return `/${segments.join('/')}${directory && segments.length > 0 ? '/' : ''}`;
}

/**
 * The path of a request URL (path and query) that the proxy may forward to GWS, or undefined when
 * the request must be refused: its path is not under `/api/`, or it changes when normalised (`..`,
 * `.`, `//`, `%2e`, `%2f`, `%25`, `\`, `;`), or the proxy would send another path than the one
 * checked here. The query is not part of the check.
 */
export function forwardableApiPath(url: string): string | undefined {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!path.startsWith(apiPrefix) || normalisedPath(path) !== path) return undefined;
  // The proxy (http-proxy-3) sends `new URL(req.url).pathname`: it must be these very bytes.
  if (new URL(path, 'http://gws.invalid').pathname !== path) return undefined;
  return path;
}
