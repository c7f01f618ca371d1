import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardableApiPath, normalisedPath } from '../../../src/server/normalisedApiPath';

describe('normalisedPath', () => {
  it.each([
    ['/api/v2/me', '/api/v2/me'],
    ['/api/', '/api/'],
    ['/', '/'],
    ['', '/'],
    ['/api/../admin', '/admin'],
    ['/api/./v2/me', '/api/v2/me'],
    ['/api/v2/..', '/api/'],
    ['/api/../../../etc/passwd', '/etc/passwd'],
    ['/api//v2', '/api/v2'],
    ['/api/%2e%2e/admin', '/admin'],
    ['/api/%2E%2e/admin', '/admin'],
    ['/api/.%2e/admin', '/admin'],
    ['/api/%252e%252e/admin', '/admin'],
    ['/api%2f..%2fadmin', '/admin'],
    ['/api/..%2F..%2Fadmin', '/admin'],
    ['/api\\..\\admin', '/admin'],
    ['/api/%5c../admin', '/admin'],
    ['/api/..;/admin', '/admin'],
    ['/api/v2/me;jsessionid=1', '/api/v2/me'],
    ['/api/v2/me%00', '/api/v2/me\u0000'],
    ['/api/v2/me/tweets/%41b%20c', '/api/v2/me/tweets/%41b%20c'],
    ['api/v2/me', '/api/v2/me'],
  ])('%j → %j', (path, expected) => {
    expect(normalisedPath(path)).toBe(expected);
  });
});

describe('forwardableApiPath', () => {
  it.each([
    '/api/v2/me',
    '/api/v2/me?subresources=*',
    '/api/v2/me/tweets?fields=*',
    '/api/v2/me/channels/twitter',
    '/api/v2/me/tweets/0f1e2d3c',
    '/api/v2/notifications/handshake',
    '/api/',
    '/api/v2/me/',
    '/api/v2/me?next=/api/../admin&x=%2e%2e',
  ])('forwards %j', (url) => {
    expect(forwardableApiPath(url)).toBe(url.split('?')[0]);
  });

  it.each([
    '/api',
    '/api?x=1',
    '/apifoo',
    '/apifoo/v2/me',
    '/API/v2/me',
    '/admin',
    '/api/../admin',
    '/api/..',
    '/api/./v2/me',
    '/api//v2/me',
    '/api/v2/me/.',
    '/api/v2/../v2/me',
    '/api/%2e%2e/admin',
    '/api/%2E%2E/admin',
    '/api/.%2e/admin',
    '/api/%2e/v2/me',
    '/api/%252e%252e/admin',
    '/api%2f..%2fadmin',
    '/api/v2%2fme',
    '/api/v2/me%2F..%2F..%2Fadmin',
    '/api\\..\\admin',
    '/api/v2\\me',
    '/api/%5c..%5cadmin',
    '/api/..;/admin',
    '/api/v2/me;jsessionid=0123',
    '/api/v2/me%00',
    '/api/v2/me%0d%0aX-Injected: 1',
    '/api/v2/me#fragment',
    '/api/v2/<me>',
    '//api/v2/me',
    'http://gws.example/api/v2/me',
    '*',
    '',
  ])('refuses %j', (url) => {
    expect(forwardableApiPath(url)).toBeUndefined();
  });

  const piece = fc.constantFrom('api', 'v2', 'me', 'admin', '', '.', '..', '%2e', '%2E', '%2e%2e', '%252e', '%2f', '%2F', '%5c', '\\', ';x', '%3b', '?', '#', 'apifoo', '%25');
  const url = fc.array(piece, { maxLength: 8 }).map((pieces) => `/${pieces.join('/')}`);

  it('forwards only paths that are their own normal form, under /api/, and sent as checked', () => {
    fc.assert(
      fc.property(url, (candidate) => {
        const forwarded = forwardableApiPath(candidate);
        if (forwarded === undefined) return;
        expect(forwarded.startsWith('/api/')).toBe(true);
        expect(normalisedPath(forwarded)).toBe(forwarded);
        // What the proxy sends, and what a server resolving it would reach, stay under /api/.
        expect(new URL(candidate, 'http://gws.invalid').pathname.startsWith('/api/')).toBe(true);
        expect(new URL(forwarded, 'http://gws.invalid').pathname).toBe(forwarded);
      }),
      { numRuns: 2_000 },
    );
  });

  it('normalisedPath is idempotent', () => {
    fc.assert(fc.property(url, (candidate) => normalisedPath(normalisedPath(candidate)) === normalisedPath(candidate)));
  });
});
