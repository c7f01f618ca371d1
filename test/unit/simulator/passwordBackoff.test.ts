import { afterEach, describe, expect, it } from 'vitest';
import { createPasswordBackoff, type PasswordBackoffOptions } from '../../../src/simulator/sessions/passwordBackoff';
import { startSimulator, type RunningSimulator } from '../../../src/simulator/testing';
import { match } from '../../asymmetricMatchers';

/** A backoff on a clock the test moves, and a password check that counts its calls. */
function backoffOnClock(options: PasswordBackoffOptions = {}) {
  let time = 1_000_000;
  const backoff = createPasswordBackoff({ ...options, now: () => time });
  let checks = 0;
  const attempt = (userName: string, password: string) =>
    backoff.attempt(userName, () => {
      checks += 1;
      return password === 'password' ? userName : undefined;
    }).kind;
  return {
    attempt,
    wrong: (userName: string, times: number) => Array.from({ length: times }, () => attempt(userName, 'guess')),
    advance: (ms: number) => (time += ms),
    get checks() {
      return checks;
    },
    backoff,
  };
}

describe('password backoff (per user, injected clock)', () => {
  it('four wrong passwords change nothing: the right one still gets in', () => {
    const clock = backoffOnClock();
    expect(clock.wrong('agent1', 4)).toEqual(Array(4).fill('wrong'));
    expect(clock.attempt('agent1', 'password')).toBe('ok');
  });

  it('after five wrong passwords within a minute, even the right one is refused without a check, for 1 s', () => {
    const clock = backoffOnClock();
    clock.wrong('agent1', 5);
    const checksBefore = clock.checks;
    expect(clock.attempt('agent1', 'password')).toBe('suspended');
    expect(clock.backoff.attempt('agent1', () => 'agent1')).toEqual({ kind: 'suspended', retryAfterMs: 1_000 });
    expect(clock.checks).toBe(checksBefore);
    clock.advance(999);
    expect(clock.attempt('agent1', 'password')).toBe('suspended');
    clock.advance(1);
    expect(clock.attempt('agent1', 'password')).toBe('ok');
  });

  it('a right password after the delay forgets it all: four more wrong ones suspend nothing', () => {
    const clock = backoffOnClock();
    clock.wrong('agent1', 5);
    clock.advance(1_000);
    expect(clock.attempt('agent1', 'password')).toBe('ok');
    clock.wrong('agent1', 4);
    expect(clock.attempt('agent1', 'password')).toBe('ok');
  });

  it('each wrong password after a suspension doubles it, up to 30 s', () => {
    const clock = backoffOnClock();
    clock.wrong('agent1', 5);
    const delays: number[] = [];
    for (let round = 0; round < 7; round++) {
      const probe = clock.backoff.attempt('agent1', () => 'agent1');
      const delay = probe.kind === 'suspended' ? probe.retryAfterMs : 0;
      delays.push(delay);
      clock.advance(delay);
      expect(clock.attempt('agent1', 'guess')).toBe('wrong');
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('wrong passwords 15 s apart never make five within a minute', () => {
    const clock = backoffOnClock();
    for (let i = 0; i < 10; i++) {
      expect(clock.attempt('agent1', 'guess')).toBe('wrong');
      clock.advance(15_000);
    }
    expect(clock.attempt('agent1', 'password')).toBe('ok');
  });

  it('one user\'s suspension leaves the others alone; instances share nothing', () => {
    const clock = backoffOnClock();
    const other = backoffOnClock();
    clock.wrong('agent1', 5);
    expect(clock.attempt('agent2', 'password')).toBe('ok');
    expect(other.attempt('agent1', 'password')).toBe('ok');
  });

  it('remembers at most maxTrackedUsers names, the least recently failed forgotten first', () => {
    const clock = backoffOnClock({ maxTrackedUsers: 2 });
    clock.wrong('agent1', 5);
    clock.wrong('mallory1', 1);
    clock.wrong('mallory2', 1);
    expect(clock.attempt('agent1', 'password')).toBe('ok');
  });
});

describe('password backoff over HTTP', () => {
  let sim: RunningSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  it('REST and the CometD handshake answer 401 (statusCode 20) with Retry-After while suspended; the right password works after the delay', async () => {
    let time = 0;
    sim = await startSimulator({ passwordBackoff: { now: () => time } });
    const url = sim.url;
    const me = (password: string) => fetch(`${url}/api/v2/me`, { headers: { Authorization: basic('agent1', password), 'X-Requested-With': 'XMLHttpRequest' } });
    const handshake = () =>
      fetch(`${url}/api/v2/notifications/handshake`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: basic('agent1', 'password') },
        body: JSON.stringify([{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]),
      });
    for (let i = 0; i < 5; i++) expect((await me('guess')).status).toBe(401);

    const refused = await me('password');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ statusCode: 20, statusMessage: match.stringMatching(/too many wrong passwords/) });
    expect((await handshake()).status).toBe(401);
    expect((await fetch(`${url}/api/v2/me`, { headers: { Authorization: basic('agent2', 'password') } })).status).toBe(200);

    time += 1_000;
    expect((await me('password')).status).toBe(200);
    expect((await handshake()).status).toBe(200);
  });
});
