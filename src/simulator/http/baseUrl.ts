import type { IncomingMessage } from 'node:http';

const hostPattern = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * `http://<Host>` of a request: the base of tweet `uri`s and avatar URLs, so they work through
 * whatever origin the browser used (the Vite server or the simulator itself). A Host that is not a
 * plain host[:port] falls back to localhost.
 */
export function baseUrlOf(request: IncomingMessage): string {
  const host = request.headers.host;
  return `http://${host && hostPattern.test(host) ? host : 'localhost'}`;
}
