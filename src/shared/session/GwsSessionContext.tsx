import { createContext, useContext } from 'react';
import type { NotificationClient } from '../../gws/cometd';
import type { GwsHttpClient } from '../../gws/http';
import type { TwitterAccount, User } from '../../gws/schemas';
import type { DraftTexts } from './draftTexts';
import type { TeamSession } from './teamSession';
import type { TweetListObserver } from './tweetListObserver';
import type { TweetFeed } from './tweetFeed/tweetFeed';

/**
 * The signed-in agent's (or supervisor's) live GWS session, shared by every feature through
 * src/app. The session feature creates it at sign-in (GET /api/v2/me → CometD handshake →
 * StartContactCenterSession, see features/session/signIn.ts) and ends it at sign-out or expiry
 * (a 401 from any query or mutation, see queryClient.ts); other features only read it.
 */
export interface GwsSession {
  user: User;
  /** REST client: Basic auth, cookies, CSRF. Every tweet list it reads goes to `tweetLists` too. */
  http: GwsHttpClient;
  /** CometD client, already connected and subscribed to the configured channel(s). */
  notifications: NotificationClient;
  /** Every tweet list read in this session, for the live panel's cache. */
  tweetLists: TweetListObserver;
  /** The tweet notifications and list reads of this session, batched per frame, with Pause and counters. */
  tweetFeed: TweetFeed;
  /** The words and From account of the drafts this console is sending (GWS shows them only once Sent). */
  draftTexts: DraftTexts;
  /** Accounts the agent may send `from` (GWS user.settings, else config.json). */
  twitterAccounts: readonly TwitterAccount[];
  /** The user has the configured supervisor role (config.json `supervisorRole`). */
  isSupervisor: boolean;
  /** A supervisor's team feed (config.json `teamFeed`); undefined for agents, and when none is configured. */
  team: TeamSession | undefined;
}

export const GwsSessionContext = createContext<GwsSession | null>(null);

/** The current session; only valid inside the signed-in part of the app. */
export function useGwsSession(): GwsSession {
  const session = useContext(GwsSessionContext);
  if (session === null) throw new Error('useGwsSession() used outside a signed-in session');
  return session;
}
