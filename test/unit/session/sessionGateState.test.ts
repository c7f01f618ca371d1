import { describe, expect, it } from 'vitest';
import { initialSessionGateState, sessionGateTransition } from '../../../src/features/session/sessionGateState';

const signedIn = { session: 'live' };

describe('sessionGateTransition', () => {
  it('starts on the sign-in page', () => {
    expect(initialSessionGateState()).toEqual({ status: 'signed-out', reason: 'start', username: '' });
  });

  it('sign in, then Sign out: back to sign-in, username cleared', () => {
    const inside = sessionGateTransition(initialSessionGateState(), { type: 'signed-in', signedIn, username: 'agent1' });
    expect(inside).toEqual({ status: 'signed-in', signedIn, username: 'agent1' });
    expect(sessionGateTransition(inside, { type: 'signed-out' })).toEqual({ status: 'signed-out', reason: 'signed-out', username: '' });
  });

  it('a Sign out in another tab: back to sign-in saying where, username cleared; a late one changes nothing', () => {
    const inside = sessionGateTransition(initialSessionGateState(), { type: 'signed-in', signedIn, username: 'agent1' });
    const outside = sessionGateTransition(inside, { type: 'signed-out-elsewhere' });
    expect(outside).toEqual({ status: 'signed-out', reason: 'signed-out-elsewhere', username: '' });
    expect(sessionGateTransition(outside, { type: 'signed-out-elsewhere' })).toBe(outside);
  });

  it('an expiry returns to sign-in saying so, keeping the username', () => {
    const inside = sessionGateTransition(initialSessionGateState(), { type: 'signed-in', signedIn, username: 'agent1' });
    expect(sessionGateTransition(inside, { type: 'expired' })).toEqual({ status: 'signed-out', reason: 'expired', username: 'agent1' });
  });

  it('a late 401 after the session ended changes nothing', () => {
    const outside = { status: 'signed-out', reason: 'signed-out', username: '' } as const;
    expect(sessionGateTransition(outside, { type: 'expired' })).toBe(outside);
  });
});
