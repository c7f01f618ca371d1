import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview, type InlineConfig } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// GWS_URL=… npm start / npm run serve, seen from the GWS side: which request paths the /api proxy
// forwards, what becomes of the GWS's Set-Cookie attributes, and no CORS grants from Vite.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gws-proxy-requests-'));
const distDir = join(dir, 'dist');
mkdirSync(distDir);
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>console</title>');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** What a GWS behind Tomcat/Jetty on https typically sets. */
const gwsSetCookie = 'JSESSIONID=s1; Path=/; Domain=gws.example; Secure; HttpOnly; SameSite=None';

/** A GWS that records every request path it receives and answers each with a session cookie. */
async function startRecordingGws(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const server: Server = createHttpServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': [gwsSetCookie] }).end('{"statusCode":0}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

type Start = (gwsUrl: string, extra?: InlineConfig) => Promise<string>;

async function withGwsUrl<T>(gwsUrl: string, start: () => Promise<T>): Promise<T> {
  const saved = process.env.GWS_URL;
  process.env.GWS_URL = gwsUrl;
  try {
    return await start();
  } finally {
    if (saved === undefined) delete process.env.GWS_URL;
    else process.env.GWS_URL = saved;
  }
}

/** `GWS_URL=… npm start`. */
const startDev: Start = (gwsUrl, extra = {}) =>
  withGwsUrl(gwsUrl, async () => {
    const server = await createServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'silent', ...extra, server: { port: 0, host: '127.0.0.1', ...extra.server } });
    cleanups.push(() => server.close());
    await server.listen();
    const { port } = server.httpServer?.address() as AddressInfo;
    return `${extra.server?.https ? 'https' : 'http'}://127.0.0.1:${port}`;
  });

/** `GWS_URL=… npm run serve` (vite preview, of a stand-in build). */
const startPreview: Start = (gwsUrl) =>
  withGwsUrl(gwsUrl, async () => {
    const server = await preview({ root, configFile: `${root}/vite.config.ts`, logLevel: 'silent', build: { outDir: distDir }, preview: { port: 0, host: '127.0.0.1' } });
    cleanups.push(() => server.close());
    const { port } = server.httpServer.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  });

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

/** A request with this exact path (fetch would resolve `..` and `%2e` before sending). */
function rawRequest(base: string, path: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  const url = new URL(base);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send({ host: url.hostname, port: url.port, path, method, headers, rejectUnauthorized: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

const refusedPaths = [
  '/api',
  '/api?x=1',
  '/apifoo',
  '/apifoo/v2/me',
  '/api/../admin',
  '/api/v2/../../admin',
  '/api/%2e%2e/admin',
  '/api/%2E%2E/admin',
  '/api/.%2e/admin',
  '/api/%252e%252e/admin',
  '/api/..%2fadmin',
  '/api%2f..%2fadmin',
  '/api/..%5cadmin',
  '/api\\..\\admin',
  '/api/..;/admin',
  '/api/./v2/me',
  '/api//v2/me',
];

describe.each([
  ['GWS_URL=… npm start', startDev],
  ['GWS_URL=… npm run serve', startPreview],
])('%s', (_name, start) => {
  it('forwards only normalised /api/… paths: the GWS never sees /apifoo, /api/../admin, /api/%2e%2e/admin, …', async () => {
    const gws = await startRecordingGws();
    const app = await start(gws.url);

    for (const path of refusedPaths) {
      const response = await rawRequest(app, path, { headers: { Authorization: 'Basic YWdlbnQxOnBhc3N3b3Jk' } });
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect(gws.seen).toEqual([]);

    expect((await rawRequest(app, '/api/v2/me?subresources=*')).status).toBe(200);
    expect((await rawRequest(app, '/api/v2/me/tweets/0f1e')).status).toBe(200);
    expect(gws.seen).toEqual(['/api/v2/me?subresources=*', '/api/v2/me/tweets/0f1e']);
  });

  it('over plain http, rewrites Set-Cookie so the browser keeps JSESSIONID: no Domain, no Secure, SameSite=Lax', async () => {
    const gws = await startRecordingGws();
    const app = await start(gws.url);

    const response = await rawRequest(app, '/api/v2/me');
    expect(response.headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax']);
  });

  it('behind a TLS-terminating proxy (X-Forwarded-Proto: https), keeps Secure and SameSite=None', async () => {
    const gws = await startRecordingGws();
    const app = await start(gws.url);

    const plain = await rawRequest(app, '/api/v2/me', { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(plain.headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax']);
    const response = await rawRequest(app, '/api/v2/me', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; Secure; HttpOnly; SameSite=None']);
  });

  it('grants no CORS preflight to another localhost origin', async () => {
    const gws = await startRecordingGws();
    const app = await start(gws.url);

    const preflight = await rawRequest(app, '/', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    const get = await rawRequest(app, '/', { headers: { Origin: 'http://localhost:3000' } });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('npm start served over https (server.https)', () => {
  let key: Buffer;
  let cert: Buffer;
  beforeAll(() => {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=console', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'console.key'), '-out', join(dir, 'console.pem')],
      { stdio: 'ignore' },
    );
    key = readFileSync(join(dir, 'console.key'));
    cert = readFileSync(join(dir, 'console.pem'));
  });

  it('keeps Secure and SameSite=None there (dropping only Domain), and only there', async () => {
    const gws = await startRecordingGws();
    const overHttps = await startDev(gws.url, { server: { https: { key, cert } } });
    const overHttp = await startDev(gws.url);
    expect(overHttps).toMatch(/^https:/);

    const response = await rawRequest(overHttps, '/api/v2/me');
    expect(response.headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; Secure; HttpOnly; SameSite=None']);
    // A client saying otherwise cannot strip Secure from a cookie sent over TLS.
    const spoofed = await rawRequest(overHttps, '/api/v2/me', { headers: { 'X-Forwarded-Proto': 'http' } });
    expect(spoofed.headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; Secure; HttpOnly; SameSite=None']);
    // The same GWS answer, to the console served over plain http.
    expect((await rawRequest(overHttp, '/api/v2/me')).headers['set-cookie']).toEqual(['JSESSIONID=s1; Path=/; HttpOnly; SameSite=Lax']);
  });
});
