import type { Faults } from './faults';
import type { Notifier } from './notifier/cometdNotifier';
import type { HttpSessionStore } from './sessions/httpSessions';
import type { PasswordBackoff } from './sessions/passwordBackoff';
import type { SimStats } from './stats';
import type { AgentStates } from './agentStates';
import type { TeamRoster } from './teamFeed/teamRoster';
import type { TweetStore } from './store/tweetStore';
import type { Timers } from './timers';
import type { UserDirectory } from './users';
import type { ChannelMessageFormat, TwitterAckMode } from './wireModes';

/** Settings that `POST /sim/config` may change while running. */
export interface SimulatorConfig {
  /** How long "Twitter" takes to accept a Send. */
  twitterDelayMs: number;
  /** [ours] At most this many (newest) tweets in `GET /api/v2/me/tweets` (and in the team feed's list). */
  maxListedTweets: number;
  /** Acks of Create/Send/Cancel/Complete with or without referenceId. */
  twitterAcks: TwitterAckMode;
  /** The shape of channel-state notifications. */
  channelMessages: ChannelMessageFormat;
  /** The request header a POST/PUT/DELETE must carry the CSRF token in. */
  csrfHeaderName: string;
}

/** Everything one simulator instance owns; nothing is module-global. */
export interface SimulatorContext {
  users: UserDirectory;
  store: TweetStore;
  agentStates: AgentStates;
  httpSessions: HttpSessionStore;
  /** Suspends a user's password checks after wrong guesses (sessions/passwordBackoff.ts). */
  passwordBackoff: PasswordBackoff;
  /** GWS's CometD endpoint, `/api/v2/notifications`: each user's own notifications. */
  notifier: Notifier;
  /** [ours] The team feed's CometD endpoint, `/team-feed/cometd`: supervisors only (teamFeed/). */
  teamFeed: Notifier;
  /** [ours] Who is on the team: the team feed's agents. */
  teamRoster: TeamRoster;
  faults: Faults;
  stats: SimStats;
  timers: Timers;
  config: SimulatorConfig;
  /** Unique, increasing referenceIds across all users. */
  nextReferenceId(): number;
  nextTweetId(): string;
}

/** Who performs a tweet operation: a signed-in user, or a simulated load agent. */
export interface Actor {
  userName: string;
  twitterAccounts: readonly { screenName: string; displayName?: string }[];
}
