import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import type { ProxyOptions } from 'vite';
import { consoleRequestIsHttps, rewriteSetCookies } from './cookieAttributes.ts';
import { forwardableApiPath } from './normalisedApiPath.ts';

/**
 * The `/api` proxy to a real GWS for `npm start` (Vite's `server.proxy`) and `npm run serve`
 * (`preview.proxy`), built from the environment. Node only: vite.config.ts uses it.
 *
 * - GWS_URL: the GWS base URL (http:// or https://). Unset: no proxy (the embedded simulator runs).
 * - TLS to an https:// GWS is verified against Node's trusted CAs (and NODE_EXTRA_CA_CERTS), and
 *   the certificate must name GWS_URL's host (whatever Host the browser sent).
 * - GWS_CA_FILE=/path/ca.pem: PEM certificate(s) trusted in addition (a private CA). Read at start:
 *   a missing, unreadable or certificate-less file stops the server.
 * - GWS_TLS_INSECURE=1: no verification at all, for a lab GWS only (a loud warning at start).
 * - Only normalised `/api/…` paths are forwarded (see normalisedApiPath.ts); anything else that
 *   starts with `/api` gets a 404 here and never reaches GWS.
 * - Set-Cookie attributes are rewritten for the console's own origin (see cookieAttributes.ts).
 */

export interface GwsProxyEnvironment {
  readonly GWS_URL?: string | undefined;
  readonly GWS_CA_FILE?: string | undefined;
  readonly GWS_TLS_INSECURE?: string | undefined;
  readonly NODE_EXTRA_CA_CERTS?: string | undefined;
}

export type Warn = (message: string) => void;

export const gwsProxyContext = '/api';

const consoleWarn: Warn = (message) => console.warn(message);

/** GWS_TLS_INSECURE: 1/true/yes turns verification off; unset, empty, 0/false/no keep it on. */
export function tlsInsecureFromEnvironment(value: string | undefined): boolean {
  const normalised = (value ?? '').trim().toLowerCase();
  if (['1', 'true', 'yes'].includes(normalised)) return true;
  if (['', '0', 'false', 'no'].includes(normalised)) return false;
  throw new Error(`GWS_TLS_INSECURE=${value}: expected 1 (do not verify the GWS's TLS certificate: a lab GWS only) or 0.`);
}

const pemCertificate = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** The PEM certificates of GWS_CA_FILE; throws a clear error when they cannot be read. */
export function readCaFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`GWS_CA_FILE=${path}: cannot read the CA file (${reason}). Give a readable PEM file of the CA(s) that signed the GWS certificate.`, { cause: error });
  }
  const certificates = text.match(pemCertificate) ?? [];
  if (certificates.length === 0) throw new Error(`GWS_CA_FILE=${path}: no PEM certificate ("-----BEGIN CERTIFICATE-----") in the file.`);
  for (const [index, pem] of certificates.entries()) {
    try {
      new X509Certificate(pem);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`GWS_CA_FILE=${path}: certificate ${index + 1} cannot be parsed (${reason}).`, { cause: error });
    }
  }
  return certificates;
}

/** NODE_EXTRA_CA_CERTS, which an explicit `ca` list would otherwise replace (Node warned at start if unreadable). */
function nodeExtraCaCertificates(path: string | undefined): string[] {
  if (!path) return [];
  try {
    return readFileSync(path, 'utf8').match(pemCertificate) ?? [];
  } catch {
    return [];
  }
}

function insecureWarning(gwsUrl: string, caFileIgnored: boolean): string {
  const bar = '!'.repeat(78);
  return [
    '',
    bar,
    '!! WARNING: GWS_TLS_INSECURE is set: the /api proxy does NOT verify the TLS certificate of',
    `!!   ${gwsUrl}`,
    "!! Any server that can answer for that address (a self-signed certificate, another name) receives the",
    "!! agents' passwords (HTTP Basic credentials) and their GWS session cookies.",
    '!! Use this for a lab GWS only. To trust a private CA instead: unset GWS_TLS_INSECURE and set',
    '!!   GWS_CA_FILE=/path/to/ca.pem',
    ...(caFileIgnored ? ['!! (GWS_CA_FILE is set too, and ignored: nothing is verified.)'] : []),
    bar,
    '',
  ].join('\n');
}

const tlsErrorCode = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ALTNAME/;

function tlsErrorHint(gwsUrl: string, code: string, error: Error): string {
  return (
    `GWS_URL=${gwsUrl}: the GWS's TLS certificate was refused (${code}: ${error.message}); nothing was sent to it. ` +
    'If it is signed by a private CA, set GWS_CA_FILE=/path/to/ca.pem; its certificate must also name the host in GWS_URL.'
  );
}

/**
 * Vite's `proxy` option for GWS_URL, or undefined without GWS_URL. Reads GWS_CA_FILE now and
 * throws (the server does not start) on a bad GWS_URL, GWS_TLS_INSECURE or GWS_CA_FILE.
 */
export function gwsProxyFromEnvironment(env: GwsProxyEnvironment = process.env, warn: Warn = consoleWarn): Record<string, ProxyOptions> | undefined {
  const gwsUrl = env.GWS_URL?.trim();
  if (!gwsUrl) return undefined;
  let target: URL;
  try {
    target = new URL(gwsUrl);
  } catch (error) {
    throw new Error(`GWS_URL=${gwsUrl} is not a URL: expected e.g. https://gws.example:8090`, { cause: error });
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error(`GWS_URL=${gwsUrl}: expected an https:// (or http://) URL.`);

  const insecure = tlsInsecureFromEnvironment(env.GWS_TLS_INSECURE);
  const caFile = env.GWS_CA_FILE?.trim();
  const extraCertificates = caFile ? readCaFile(caFile) : undefined;

  let agent: Agent | undefined;
  if (target.protocol === 'https:') {
    if (insecure) warn(insecureWarning(gwsUrl, extraCertificates !== undefined));
    const hostname = target.hostname.replace(/^\[(.*)\]$/, '$1');
    // The agent's options win over each request's: the certificate is checked against GWS_URL's
    // host, never against a name derived from the Host header the browser sent.
    agent = new Agent({
      rejectUnauthorized: !insecure,
      ...(isIP(hostname) ? {} : { servername: hostname }),
      ...(extraCertificates && !insecure ? { ca: [...rootCertificates, ...nodeExtraCaCertificates(env.NODE_EXTRA_CA_CERTS), ...extraCertificates] } : {}),
    });
  } else if (insecure || extraCertificates) {
    warn(`GWS_URL=${gwsUrl} is plain http: GWS_TLS_INSECURE and GWS_CA_FILE have no effect, and agents' credentials cross the network unencrypted.`);
  }

  const hinted = new Set<string>();
  const options: ProxyOptions = {
    target: gwsUrl,
    changeOrigin: true,
    secure: !insecure,
    ...(agent ? { agent } : {}),
    cookieDomainRewrite: '',
    ws: false,
    // 404 for what must not reach GWS: `/apifoo`, `/api/../admin`, `/api/%2e%2e/admin`, …
    bypass: (request) => (forwardableApiPath(request.url ?? '') === undefined ? false : undefined),
    configure(proxy) {
      proxy.on('proxyRes', (proxyRes, request) => {
        const setCookies = proxyRes.headers['set-cookie'];
        if (setCookies) proxyRes.headers['set-cookie'] = rewriteSetCookies(setCookies, { https: consoleRequestIsHttps(request) });
      });
      // Vite logs the error itself (and answers 502); this says what to do about a refused
      // certificate, once per kind of refusal.
      proxy.on('error', (error) => {
        const code = 'code' in error ? error.code : undefined;
        if (typeof code !== 'string' || !tlsErrorCode.test(code) || hinted.has(code)) return;
        hinted.add(code);
        warn(tlsErrorHint(gwsUrl, code, error));
      });
    },
  };
  return { [gwsProxyContext]: options };
}
