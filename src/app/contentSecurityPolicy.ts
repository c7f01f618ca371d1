/**
 * Content-Security-Policy of the production app (`npm run serve`; copy it to your web server for a
 * deployment). Tweets, names and userData are written by anyone on the internet: nothing may run
 * but our own bundle.
 * - script-src 'self': no inline or injected script.
 * - worker-src 'self': the notification worker is a script of our build (the cometd client's own
 *   blob: timer worker is switched off).
 * - img-src http: https:: Twitter profile images come from any host; no data:/javascript: images.
 * - style-src 'unsafe-inline': React and the virtual list set style attributes (positions only).
 * - connect-src 'self': REST and CometD on the same origin (simulator or proxy). A deployment with
 *   `gwsBaseUrl` on another origin adds that origin here.
 */
export function contentSecurityPolicy(extraConnectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "img-src 'self' http: https:",
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${["'self'", ...extraConnectSources].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
