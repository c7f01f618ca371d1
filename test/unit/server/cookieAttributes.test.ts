import { describe, expect, it } from 'vitest';
import { consoleRequestIsHttps, rewriteSetCookie, rewriteSetCookies } from '../../../src/server/cookieAttributes';

const overHttp = { https: false };
const overHttps = { https: true };

describe('rewriteSetCookie over plain http (e.g. http://10.0.0.5:5173 on a LAN)', () => {
  it.each([
    ['JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=None', 'JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax'],
    ['JSESSIONID=abc;Path=/;secure;HttpOnly;samesite=none', 'JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax'],
    ['JSESSIONID=abc; Domain=gws.example; Path=/api; Secure', 'JSESSIONID=abc; Path=/api'],
    ['JSESSIONID=abc; Path=/; SECURE; SameSite = None ; Partitioned', 'JSESSIONID=abc; Path=/; SameSite=Lax'],
    ['JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict; Secure', 'JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict'],
    ['JSESSIONID=abc; Path=/; SameSite=Lax', 'JSESSIONID=abc; Path=/; SameSite=Lax'],
    ['JSESSIONID=; Path=/; HttpOnly; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure', 'JSESSIONID=; Path=/; HttpOnly; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
    ['JSESSIONID=abc', 'JSESSIONID=abc'],
    // A value that merely contains an attribute's name is the cookie's own business.
    ['note=Secure%3BSameSite%3DNone; Path=/', 'note=Secure%3BSameSite%3DNone; Path=/'],
  ])('%j → %j', (setCookie, expected) => {
    expect(rewriteSetCookie(setCookie, overHttp)).toBe(expected);
  });
});

describe('rewriteSetCookie over https', () => {
  it.each([
    ['JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=None', 'JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=None'],
    ['JSESSIONID=abc; Domain=.gws.example; Path=/; Secure; SameSite=None; Partitioned', 'JSESSIONID=abc; Path=/; Secure; SameSite=None; Partitioned'],
    ['JSESSIONID=abc; domain=gws.example', 'JSESSIONID=abc'],
  ])('%j → %j', (setCookie, expected) => {
    expect(rewriteSetCookie(setCookie, overHttps)).toBe(expected);
  });
});

describe('rewriteSetCookies', () => {
  it('rewrites each header of a response', () => {
    expect(rewriteSetCookies(['a=1; Secure', 'b=2; Domain=gws.example; SameSite=None; Secure'], overHttp)).toEqual(['a=1', 'b=2; SameSite=Lax']);
  });
});

describe('consoleRequestIsHttps', () => {
  const plainSocket = {};
  const tlsSocket = { encrypted: true };

  it.each([
    ['a plain socket', plainSocket, {}, false],
    ['a TLS socket', tlsSocket, {}, true],
    ['a TLS socket, whatever X-Forwarded-Proto says', tlsSocket, { 'x-forwarded-proto': 'http' }, true],
    ['X-Forwarded-Proto: https from a TLS-terminating proxy', plainSocket, { 'x-forwarded-proto': 'https' }, true],
    ['X-Forwarded-Proto: HTTPS', plainSocket, { 'x-forwarded-proto': 'HTTPS' }, true],
    ['X-Forwarded-Proto: http', plainSocket, { 'x-forwarded-proto': 'http' }, false],
    ['X-Forwarded-Proto: http, https (the client used http)', plainSocket, { 'x-forwarded-proto': 'http, https' }, false],
    ['X-Forwarded-Proto: https, http (the client used https)', plainSocket, { 'x-forwarded-proto': 'https, http' }, true],
    ['an encrypted flag that is not true', { encrypted: 'yes' }, {}, false],
  ])('%s → %s', (_name, socket, headers, expected) => {
    expect(consoleRequestIsHttps({ socket, headers })).toBe(expected);
  });
});
