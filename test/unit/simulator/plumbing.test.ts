import { describe, expect, it } from 'vitest';
import { avatarSvg, initialsOf } from '../../../src/simulator/avatar';
import { withFaults, noFaults } from '../../../src/simulator/faults';
import { parseBasicAuth } from '../../../src/simulator/http/basicAuth';
import { cookieValue } from '../../../src/simulator/http/cookies';
import { createHttpSessionStore } from '../../../src/simulator/sessions/httpSessions';
import { csrfHeaders, isCsrfTokenValid, needsCsrfToken, sentCsrfToken } from '../../../src/simulator/sessions/csrf';
import { interactionId, stableDigits } from '../../../src/simulator/stableIds';
import { contactIdOf, twitterUserIdOf } from '../../../src/simulator/twitterAccounts';
import { createUserDirectory, defaultUsers, simUsersFileSchema } from '../../../src/simulator/users';

describe('faults (pure)', () => {
  it('changes only the fields given; null clears failNext', () => {
    const a = withFaults(noFaults, { delayMs: 100, failNext: { errorMessage: 'x' } });
    expect(a).toEqual({ delayMs: 100, dropNotifications: 0, failNext: { kind: 'notification', errorMessage: 'x' } });
    const b = withFaults(a, { dropNotifications: 2 });
    expect(b).toMatchObject({ delayMs: 100, dropNotifications: 2, failNext: { kind: 'notification' } });
    expect(withFaults(b, { failNext: null }).failNext).toBeUndefined();
    expect(withFaults(noFaults, { failNext: { statusCode: 4 } }).failNext).toEqual({ kind: 'status', statusCode: 4, statusMessage: undefined });
  });
});

describe('HTTP plumbing', () => {
  it('parses Basic credentials (passwords may contain colons) and rejects the rest', () => {
    const header = `Basic ${Buffer.from('agent1:pa:ss').toString('base64')}`;
    expect(parseBasicAuth(header)).toEqual({ userName: 'agent1', password: 'pa:ss' });
    expect(parseBasicAuth(undefined)).toBeUndefined();
    expect(parseBasicAuth('Bearer abc')).toBeUndefined();
    expect(parseBasicAuth(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeUndefined();
  });

  it('reads one cookie', () => {
    expect(cookieValue('a=1; JSESSIONID=XYZ; b=2', 'JSESSIONID')).toBe('XYZ');
    expect(cookieValue('XJSESSIONID=1', 'JSESSIONID')).toBeUndefined();
    expect(cookieValue(undefined, 'JSESSIONID')).toBeUndefined();
  });

  it('CSRF: only unsafe methods need the token, and only the session token is valid', () => {
    expect(needsCsrfToken('GET')).toBe(false);
    expect(needsCsrfToken('post')).toBe(true);
    expect(needsCsrfToken('DELETE')).toBe(true);
    const sessions = createHttpSessionStore({ maxSessions: 2 });
    const session = sessions.create('agent1');
    expect(isCsrfTokenValid(session, session.csrfToken)).toBe(true);
    expect(isCsrfTokenValid(session, undefined)).toBe(false);
    expect(isCsrfTokenValid(session, [session.csrfToken])).toBe(false);
    const old = session.csrfToken;
    sessions.rotateAllTokens();
    expect(isCsrfTokenValid(session, old)).toBe(false);
  });

  it('CSRF: GETs name the configured request header in X-CSRF-HEADER; the token is read from that header only', () => {
    const session = createHttpSessionStore({ maxSessions: 1 }).create('agent1');
    expect(csrfHeaders(session, 'X-GWS-CSRF')).toEqual({ 'X-CSRF-HEADER': 'X-GWS-CSRF', 'X-CSRF-TOKEN': session.csrfToken });
    const request = { headers: { 'x-gws-csrf': 'from-custom', 'x-csrf-token': 'from-default' } };
    expect(sentCsrfToken(request, 'X-GWS-CSRF')).toBe('from-custom');
    expect(sentCsrfToken(request, 'X-CSRF-TOKEN')).toBe('from-default');
    expect(sentCsrfToken({ headers: {} }, 'X-GWS-CSRF')).toBeUndefined();
  });

  it('HTTP sessions belong to one user and the least recently used go first', () => {
    const sessions = createHttpSessionStore({ maxSessions: 2 });
    const a = sessions.create('agent1');
    const b = sessions.create('agent2');
    expect(sessions.find(a.id, 'agent2')).toBeUndefined();
    expect(sessions.find(a.id, 'agent1')).toBe(a);
    sessions.create('agent3');
    expect(sessions.find(b.id, 'agent2')).toBeUndefined();
    expect(sessions.find(a.id, 'agent1')).toBe(a);
  });
});

describe('ids, users and avatars', () => {
  it('interaction ids are 16 uppercase letters or digits, unique by sequence', () => {
    const ids = [1, 2, 36 ** 7 - 1].map((n) => interactionId(n, 'ABCDEFG'));
    for (const id of ids) expect(id).toMatch(/^[0-9A-Z]{16}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it('stable ids do not change between runs', () => {
    expect(stableDigits('x', 12, 10)).toBe(stableDigits('x', 12, 10));
    expect(twitterUserIdOf('gc_support')).toMatch(/^1\d{9}$/);
    expect(contactIdOf('gc_support')).toMatch(/^0002[0-9A-Za-z]{12}$/);
  });

  it('default users: three agents with accounts and a supervisor', () => {
    const users = createUserDirectory(defaultUsers);
    expect(users.verify('agent1', 'password')?.twitterAccounts.map((a) => a.screenName)).toEqual(['gc_support', 'gc_sales']);
    expect(users.verify('agent1', 'Password')).toBeUndefined();
    expect(users.byName('supervisor')?.supervisor).toBe(true);
    expect(users.byName('agent2')?.supervisor).toBe(false);
    expect(simUsersFileSchema.safeParse([{ userName: 'x' }]).success).toBe(false);
    // Screen names follow Twitter's rule: they end up in a comma-separated setting and in avatar URLs.
    expect(simUsersFileSchema.safeParse([{ userName: 'x', password: '', twitterAccounts: [{ screenName: 'a,b' }] }]).success).toBe(false);
    expect(simUsersFileSchema.safeParse([{ userName: 'x', password: '', twitterAccounts: [{ screenName: 'kim_tw' }] }]).success).toBe(true);
    expect(() => createUserDirectory([{ userName: 'a', password: '' }, { userName: 'a', password: '' }])).toThrow();
  });

  it('avatars carry the initials', () => {
    expect(initialsOf('gc_support')).toBe('GS');
    expect(initialsOf('vitaliy')).toBe('VI');
    expect(initialsOf('JohnDoe')).toBe('JD');
    expect(avatarSvg('gc_news')).toContain('>GN</text>');
  });
});
