import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basicAuthorization, createGwsHttpClient } from '../../src/gws/http';
import { createSimulator } from '../../src/simulator/createSimulator';

// GWS_URL=https://… npm start in front of a GWS (the simulator) served over HTTPS with a self-signed
// certificate: by default the proxy refuses it before any byte of the agent's request leaves, a
// certificate for another name is refused even from a trusted CA, and only GWS_CA_FILE (the right
// name) or GWS_TLS_INSECURE=1 (with a loud warning) let requests through.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gws-proxy-tls-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Certificate {
  keyFile: string;
  certFile: string;
}

/** A self-signed certificate (its own CA) for subjectAltName `san`, made with the openssl CLI. */
function selfSigned(name: string, san: string): Certificate {
  const keyFile = join(dir, `${name}.key`);
  const certFile = join(dir, `${name}.pem`);
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`, '-keyout', keyFile, '-out', certFile],
    { stdio: 'ignore' },
  );
  return { keyFile, certFile };
}

let forAnotherName: Certificate; // what the issue saw: a self-signed certificate naming some other host
let forTheIp: Certificate; // names 127.0.0.1, the host in GWS_URL
beforeAll(() => {
  forAnotherName = selfSigned('gws-other', 'DNS:gws.other.example');
  forTheIp = selfSigned('gws-ip', 'IP:127.0.0.1');
});

interface HttpsGws {
  url: string;
  /** Every HTTP request that reached the GWS, with its headers (none when TLS was refused). */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  /** TCP connections the GWS accepted (the proxy did try). */
  connections(): number;
}

async function startHttpsGws(certificate: Certificate): Promise<HttpsGws> {
  const simulator = createSimulator({ twitterDelayMs: 0 });
  const requests: HttpsGws['requests'] = [];
  let connections = 0;
  const server = createHttpsServer({ key: readFileSync(certificate.keyFile), cert: readFileSync(certificate.certFile) }, (request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    simulator.handle(request, response);
  });
  server.on('connection', () => connections++);
  server.on('tlsClientError', () => {}); // the proxy hanging up on a refused certificate
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        simulator.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  const { port } = server.address() as AddressInfo;
  return { url: `https://127.0.0.1:${port}`, requests, connections: () => connections };
}

type ProxyEnvironment = Partial<Record<'GWS_URL' | 'GWS_CA_FILE' | 'GWS_TLS_INSECURE', string>>;

/** `npm start` with this environment: the config (and so the proxy) is read from it at start. */
async function startDevServer(env: ProxyEnvironment): Promise<{ server: ViteDevServer; url: string }> {
  const names = ['GWS_URL', 'GWS_CA_FILE', 'GWS_TLS_INSECURE'] as const;
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of names) {
    const value = env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    const server = await createServer({ root, configFile: `${root}/vite.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
    cleanups.push(() => server.close());
    await server.listen();
    const { port } = server.httpServer?.address() as AddressInfo;
    return { server, url: `http://127.0.0.1:${port}` };
  } finally {
    for (const name of names) {
      const value = saved[name];
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** console.warn, captured: the proxy's warnings at start and its TLS hints. */
function warnings(): { (): string; clear(): void } {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return Object.assign(() => warn.mock.calls.map((call) => call.map(String).join(' ')).join('\n'), { clear: () => warn.mockClear() });
}

const agentCredentials = { Authorization: basicAuthorization('agent1', 'password') };

describe('GWS_URL=https://… npm start: the proxy verifies the GWS’s TLS certificate', () => {
  it('by default, refuses a self-signed certificate for another name: 5xx, and the GWS never sees the request or its Authorization', async () => {
    const printed = warnings();
    const gws = await startHttpsGws(forAnotherName);
    const app = await startDevServer({ GWS_URL: gws.url });

    const me = await fetch(`${app.url}/api/v2/me`, { headers: agentCredentials });
    expect(me.status).toBeGreaterThanOrEqual(500);
    expect(gws.connections()).toBeGreaterThan(0);
    expect(gws.requests).toEqual([]);
    // The console's server says why, and what to do about it.
    expect(printed()).toMatch(/GWS_URL=https:\/\/127\.0\.0\.1:\d+: the GWS's TLS certificate was refused .*set GWS_CA_FILE/);
  });

  it('with GWS_CA_FILE trusting a certificate for another name, still refuses it (the name is checked)', async () => {
    warnings();
    const gws = await startHttpsGws(forAnotherName);
    const app = await startDevServer({ GWS_URL: gws.url, GWS_CA_FILE: forAnotherName.certFile });

    const me = await fetch(`${app.url}/api/v2/me`, { headers: agentCredentials });
    expect(me.status).toBeGreaterThanOrEqual(500);
    expect(gws.requests).toEqual([]);
  });

  it('refuses a self-signed certificate naming the host by default, and works with GWS_CA_FILE trusting it: sign-in, session cookie, CSRF', async () => {
    const printed = warnings();
    const gws = await startHttpsGws(forTheIp);
    const untrusting = await startDevServer({ GWS_URL: gws.url });
    expect((await fetch(`${untrusting.url}/api/v2/me`, { headers: agentCredentials })).status).toBeGreaterThanOrEqual(500);
    expect(gws.connections()).toBeGreaterThan(0);
    expect(gws.requests).toEqual([]);
    printed.clear();

    const app = await startDevServer({ GWS_URL: gws.url, GWS_CA_FILE: forTheIp.certFile });

    const http = createGwsHttpClient({ baseUrl: app.url, username: 'agent1', password: 'password' });
    expect((await http.getMe()).user.userName).toBe('agent1');
    expect((await http.startContactCenterSession(['twitter'])).statusCode).toBe(0);
    expect(gws.requests.map((request) => request.url)).toEqual(['/api/v2/me?subresources=*', '/api/v2/me']);
    expect(gws.requests[0]?.headers.authorization).toBe(agentCredentials.Authorization);
    expect(gws.requests[1]?.headers.cookie).toMatch(/JSESSIONID=/);
    expect(printed()).toBe('');
  });

  it('with GWS_TLS_INSECURE=1, lets anything through (a lab GWS), after a loud warning at start', async () => {
    const printed = warnings();
    const gws = await startHttpsGws(forAnotherName);
    const app = await startDevServer({ GWS_URL: gws.url, GWS_TLS_INSECURE: '1' });
    expect(printed()).toContain('WARNING: GWS_TLS_INSECURE is set: the /api proxy does NOT verify the TLS certificate');
    expect(printed()).toContain(gws.url);

    const me = await fetch(`${app.url}/api/v2/me`, { headers: agentCredentials });
    expect(me.status).toBe(200);
    expect(gws.requests).toHaveLength(1);
  });

  it('does not start when GWS_CA_FILE cannot be read', async () => {
    const missing = join(dir, 'missing-ca.pem');
    await expect(startDevServer({ GWS_URL: 'https://127.0.0.1:1', GWS_CA_FILE: missing })).rejects.toThrow(`GWS_CA_FILE=${missing}: cannot read the CA file`);
  });
});
