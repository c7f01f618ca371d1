import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { gwsProxyFromEnvironment, type GwsProxyEnvironment } from '../../../src/server/gwsProxy';

const dir = mkdtempSync(join(tmpdir(), 'gws-proxy-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const caPem = rootCertificates[0] ?? '';
const caFile = join(dir, 'ca.pem');
writeFileSync(caFile, `# a private CA\n${caPem}\n`);
const notPem = join(dir, 'not.pem');
writeFileSync(notPem, 'not a certificate\n');
const brokenPem = join(dir, 'broken.pem');
writeFileSync(brokenPem, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');

function build(env: GwsProxyEnvironment) {
  const warn = vi.fn<(message: string) => void>();
  const proxy = gwsProxyFromEnvironment(env, warn);
  const options = proxy?.['/api'];
  return { proxy, options, agent: options?.agent as Agent | undefined, warn };
}

describe('gwsProxyFromEnvironment', () => {
  it('is undefined without GWS_URL (the embedded simulator runs)', () => {
    expect(build({}).proxy).toBeUndefined();
    expect(build({ GWS_URL: ' ' }).proxy).toBeUndefined();
  });

  it('proxies /api to an https GWS with its certificate verified against GWS_URL’s host', () => {
    const { proxy, options, agent, warn } = build({ GWS_URL: 'https://gws.example:8090' });
    expect(Object.keys(proxy ?? {})).toEqual(['/api']);
    expect(options).toMatchObject({ target: 'https://gws.example:8090', changeOrigin: true, secure: true, cookieDomainRewrite: '', ws: false });
    expect(agent).toBeInstanceOf(Agent);
    expect(agent?.options).toMatchObject({ rejectUnauthorized: true, servername: 'gws.example' });
    expect(agent?.options.ca).toBeUndefined(); // Node's own trusted CAs (and NODE_EXTRA_CA_CERTS)
    expect(warn).not.toHaveBeenCalled();
  });

  it('names no TLS server for an IP address (Node checks the IP against the certificate)', () => {
    expect(build({ GWS_URL: 'https://127.0.0.1:8443' }).agent?.options.servername).toBeUndefined();
    expect(build({ GWS_URL: 'https://[::1]:8443' }).agent?.options.servername).toBeUndefined();
  });

  it('adds GWS_CA_FILE to Node’s trusted CAs', () => {
    const { agent, warn } = build({ GWS_URL: 'https://gws.example', GWS_CA_FILE: caFile });
    const ca = agent?.options.ca as string[];
    expect(ca.length).toBe(rootCertificates.length + 1);
    expect(ca.slice(0, rootCertificates.length)).toEqual([...rootCertificates]);
    expect(ca.at(-1)).toBe(caPem.trim());
    expect(agent?.options.rejectUnauthorized).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps NODE_EXTRA_CA_CERTS trusted when GWS_CA_FILE is set', () => {
    const { agent } = build({ GWS_URL: 'https://gws.example', GWS_CA_FILE: caFile, NODE_EXTRA_CA_CERTS: caFile });
    expect((agent?.options.ca as string[]).length).toBe(rootCertificates.length + 2);
  });

  it.each([
    [join(dir, 'missing.pem'), /^GWS_CA_FILE=.*missing\.pem: cannot read the CA file \(ENOENT/],
    [dir, /^GWS_CA_FILE=.*: cannot read the CA file \(EISDIR/],
    [notPem, /^GWS_CA_FILE=.*not\.pem: no PEM certificate/],
    [brokenPem, /^GWS_CA_FILE=.*broken\.pem: certificate 1 cannot be parsed/],
  ])('refuses to start with GWS_CA_FILE=%s', (file, message) => {
    expect(() => build({ GWS_URL: 'https://gws.example', GWS_CA_FILE: file })).toThrow(message);
  });

  it.each(['1', 'true', 'YES'])('GWS_TLS_INSECURE=%s verifies nothing, with a loud warning', (value) => {
    const { options, agent, warn } = build({ GWS_URL: 'https://gws.lab:8443', GWS_TLS_INSECURE: value });
    expect(options?.secure).toBe(false);
    expect(agent?.options.rejectUnauthorized).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = warn.mock.calls[0]?.[0] ?? '';
    expect(message).toContain('GWS_TLS_INSECURE');
    expect(message).toContain('does NOT verify');
    expect(message).toContain('https://gws.lab:8443');
    expect(message).toContain('GWS_CA_FILE');
    expect(message.split('\n').length).toBeGreaterThan(5);
  });

  it('GWS_TLS_INSECURE wins over GWS_CA_FILE, and says so', () => {
    const { agent, warn } = build({ GWS_URL: 'https://gws.lab', GWS_TLS_INSECURE: '1', GWS_CA_FILE: caFile });
    expect(agent?.options.rejectUnauthorized).toBe(false);
    expect(warn.mock.calls[0]?.[0]).toContain('GWS_CA_FILE is set too, and ignored');
  });

  it.each(['', '0', 'false', 'no'])('GWS_TLS_INSECURE=%j keeps verification on, silently', (value) => {
    const { agent, warn } = build({ GWS_URL: 'https://gws.example', GWS_TLS_INSECURE: value });
    expect(agent?.options.rejectUnauthorized).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('refuses to start with an unclear GWS_TLS_INSECURE', () => {
    expect(() => build({ GWS_URL: 'https://gws.example', GWS_TLS_INSECURE: 'maybe' })).toThrow(/^GWS_TLS_INSECURE=maybe: expected 1/);
  });

  it.each([
    ['gws.example:8090', /expected an https:\/\//],
    ['ftp://gws.example', /expected an https:\/\//],
    ['not a url', /is not a URL/],
  ])('refuses to start with GWS_URL=%s', (url, message) => {
    expect(() => build({ GWS_URL: url })).toThrow(message);
  });

  it('uses no agent for a plain http GWS, and warns when TLS settings are given for it', () => {
    expect(build({ GWS_URL: 'http://127.0.0.1:8090' }).agent).toBeUndefined();
    expect(build({ GWS_URL: 'http://127.0.0.1:8090' }).warn).not.toHaveBeenCalled();
    const { warn } = build({ GWS_URL: 'http://127.0.0.1:8090', GWS_TLS_INSECURE: '1' });
    expect(warn.mock.calls[0]?.[0]).toMatch(/plain http: GWS_TLS_INSECURE and GWS_CA_FILE have no effect/);
  });

  it('answers 404 itself (bypass → false) for what must not reach GWS', () => {
    const { options } = build({ GWS_URL: 'https://gws.example' });
    const bypass = (url: string) => options?.bypass?.({ url } as IncomingMessage, undefined, options);
    expect(bypass('/api/v2/me?subresources=*')).toBeUndefined();
    expect(bypass('/apifoo')).toBe(false);
    expect(bypass('/api/../admin')).toBe(false);
    expect(bypass('/api/%2e%2e/admin')).toBe(false);
  });
});
