/** Why the sign-in page is showing: first visit, after Sign out (here or in another tab), or after a 401. */
export type SignInReason = 'start' | 'signed-out' | 'signed-out-elsewhere' | 'expired';

/**
 * Whether the console shows sign-in or a session, as pure transitions. `S` is the signed-in
 * session (kept generic so the transitions can be tested without live clients).
 */
export type SessionGateState<S> =
  | {
      status: 'signed-out';
      reason: SignInReason;
      /** Pre-filled in the Username field (kept after an expiry, cleared by Sign out). */
      username: string;
    }
  | { status: 'signed-in'; signedIn: S; username: string };

export type SessionGateEvent<S> =
  | { type: 'signed-in'; signedIn: S; username: string }
  | { type: 'signed-out' }
  | { type: 'signed-out-elsewhere' }
  | { type: 'expired' };

export function initialSessionGateState<S>(): SessionGateState<S> {
  return { status: 'signed-out', reason: 'start', username: '' };
}

export function sessionGateTransition<S>(state: SessionGateState<S>, event: SessionGateEvent<S>): SessionGateState<S> {
  switch (event.type) {
    case 'signed-in':
      return { status: 'signed-in', signedIn: event.signedIn, username: event.username };
    case 'signed-out':
      return { status: 'signed-out', reason: 'signed-out', username: '' };
    case 'signed-out-elsewhere':
      return state.status === 'signed-in' ? { status: 'signed-out', reason: 'signed-out-elsewhere', username: '' } : state;
    case 'expired':
      // Only a live session can expire; a late 401 after sign-out changes nothing.
      return state.status === 'signed-in' ? { status: 'signed-out', reason: 'expired', username: state.username } : state;
  }
}
