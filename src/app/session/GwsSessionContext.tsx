import { createContext, useContext } from 'react';
import type { NotificationClient } from '../../gws/cometd';
import type { GwsHttpClient } from '../../gws/http';
import type { TwitterAccount, User } from '../../gws/schemas';

/**
 * The signed-in agent's (or supervisor's) live GWS session, shared by every feature through
 * src/app. The session feature creates it at sign-in (GET /api/v2/me → CometD handshake →
 * StartContactCenterSession, see features/session/signIn.ts) and ends it at sign-out or expiry
 * (a 401 from any query or mutation, see queryClient.ts); other features only read it.
 */
export interface GwsSession {
  user: User;
  /** REST client: Basic auth, cookies, CSRF. */
  http: GwsHttpClient;
  /** CometD client, already connected and subscribed to the configured channel(s). */
  notifications: NotificationClient;
  /** Accounts the agent may send `from` (simulator settings, else config.json). */
  twitterAccounts: readonly TwitterAccount[];
  /** The simulator's `supervisor` (role ROLE_SUPERVISOR) sees the whole team's tweets. */
  isSupervisor: boolean;
}

export const GwsSessionContext = createContext<GwsSession | null>(null);

/** The current session; only valid inside the signed-in part of the app. */
export function useGwsSession(): GwsSession {
  const session = useContext(GwsSessionContext);
  if (session === null) throw new Error('useGwsSession() used outside a signed-in session');
  return session;
}
