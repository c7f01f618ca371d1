import type { RuntimeConfig } from '../../shared/config/configSchema';
import { notificationsUrlOf } from '../../shared/lib/gwsEndpoints';
import type { GwsSession } from '../../shared/session/GwsSessionContext';
import { createDraftTexts } from '../../shared/session/draftTexts';
import { createTweetListObserver } from '../../shared/session/tweetListObserver';
import { createTweetFeed } from '../../shared/session/tweetFeed/tweetFeed';
import { GwsChannel } from '../../gws/channels';
import type { NotificationClient, NotificationClientOptions } from '../../gws/cometd';
import { createGwsHttpClient, type GwsHttpClient, type GwsHttpClientConfig } from '../../gws/http';
import { closeTeamSession, openTeamSession } from './openTeamSession';
import { twitterAccountsOf } from './twitterAccounts';
import { createTwitterChannelStateStore, type TwitterChannelStateStore } from './twitterChannelState';

/** A signed-in session and what the session feature keeps beside it. */
export interface SignedIn {
  session: GwsSession;
  twitterChannelState: TwitterChannelStateStore;
}

export interface Credentials {
  username: string;
  password: string;
}

export interface SignInDeps {
  createHttpClient(config: GwsHttpClientConfig): GwsHttpClient;
  /**
   * Loads the CometD client on demand, so the sign-in page's bundle does not carry it. In a browser
   * its clients run in the notification worker (one connection shared by the browser's tabs).
   */
  loadNotificationClient(): Promise<(options: NotificationClientOptions) => NotificationClient>;
  /** The page URL, for a same-origin GWS. */
  pageUrl: string;
}

export const browserSignInDeps = (): SignInDeps => ({
  createHttpClient: createGwsHttpClient,
  loadNotificationClient: () => import('../../gws/cometd/worker').then((module) => module.loadNotificationClientFactory()),
  pageUrl: window.location.href,
});

/**
 * Signs an agent in: `GET /api/v2/me?subresources=*` with Basic credentials (which also captures the
 * CSRF token, and brings `user.settings` with the From accounts), the CometD handshake with
 * subscriptions to the tweet channel and `/v2/me/channels`, then `StartContactCenterSession` for the
 * configured media channel. CometD comes before Start so that the channel state Start announces on
 * `/v2/me/channels` is not missed. Credentials stay in the returned clients (memory) only. Rejects
 * with the first failure (a GwsError for GWS failures) after undoing what was done.
 */
export async function signIn(config: RuntimeConfig, credentials: Credentials, deps: SignInDeps): Promise<SignedIn> {
  const tweetLists = createTweetListObserver();
  const http = deps.createHttpClient({ baseUrl: config.gwsBaseUrl, ...credentials, onTweetList: tweetLists.publish });
  const me = await http.getMe();
  const createNotificationClient = await deps.loadNotificationClient();
  const notifications = createNotificationClient({
    url: notificationsUrlOf(config, deps.pageUrl),
    authorization: http.authorization,
    csrfHeader: http.csrfHeader,
    channels: [config.channel, GwsChannel.channels],
  });
  const twitterChannelState = createTwitterChannelStateStore(notifications, config.mediaChannel);
  // From the handshake on, so that the counters and Pause do not depend on when the panel mounts.
  const tweetFeed = createTweetFeed({ notifications, tweetLists, tweetChannel: config.channel });
  try {
    await notifications.connect();
    await http.startContactCenterSession([config.mediaChannel]);
  } catch (error) {
    tweetFeed.stop();
    twitterChannelState.stop();
    await notifications.disconnect().catch(() => undefined);
    throw error;
  }
  const { accounts, source } = twitterAccountsOf(me.user, config);
  if (source === 'none') {
    const { section, key } = config.twitterAccountsSetting;
    console.warn(`[session] ${me.user.userName} has no Twitter account: none in GWS user.settings["${section}"]["${key}"], none in config.json twitterAccounts`);
  }
  const isSupervisor = me.user.roles?.includes(config.supervisorRole) ?? false;
  const team =
    isSupervisor && config.teamFeed
      ? await openTeamSession({ teamFeed: config.teamFeed, authorization: http.authorization, createNotificationClient, pageUrl: deps.pageUrl })
      : undefined;
  const session: GwsSession = {
    user: me.user,
    http,
    notifications,
    tweetLists,
    tweetFeed,
    draftTexts: createDraftTexts(),
    twitterAccounts: accounts,
    isSupervisor,
    team,
  };
  return { session, twitterChannelState };
}

/**
 * How a session ends: Sign out tells GWS (EndContactCenterSession); otherwise (expired, console
 * closed) only the notification connection is closed.
 */
export type SessionEnd = 'sign-out' | 'disconnect';

/**
 * Ends a session on the console's side: EndContactCenterSession for a sign-out (best effort: the
 * agent leaves even if GWS cannot be told), then the CometD disconnect.
 */
export async function endSession({ session, twitterChannelState }: SignedIn, how: SessionEnd): Promise<void> {
  if (how === 'sign-out') {
    await session.http.endContactCenterSession({ timeoutMs: 5_000 }).catch((error: unknown) => {
      console.warn('[session] EndContactCenterSession failed; signing out anyway:', error);
    });
  }
  twitterChannelState.stop();
  session.tweetFeed.stop();
  await Promise.all([session.notifications.disconnect().catch(() => undefined), session.team ? closeTeamSession(session.team) : undefined]);
}
