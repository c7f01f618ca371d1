import type { IncomingMessage } from 'node:http';
import { createAgentStates } from './agentStates';
import type { SimulatorContext } from './context';
import { createFaults } from './faults';
import { authenticate } from './http/authentication';
import { createCometdNotifier, type Notifier } from './notifier/cometdNotifier';
import type { ResolvedOptions } from './options';
import { createHttpSessionStore } from './sessions/httpSessions';
import { createPasswordBackoff } from './sessions/passwordBackoff';
import { interactionId, randomUpperAlnum } from './stableIds';
import { emptyStats } from './stats';
import { createTweetStore } from './store/tweetStore';
import { createTeamRoster } from './teamFeed/teamRoster';
import { createTimers } from './timers';
import { createUserDirectory, type SimUser } from './users';

/** Everything one simulator instance holds (store, sessions, CometD notifiers, counters…); nothing is shared. */
export function createSimulatorContext(resolved: ResolvedOptions): SimulatorContext {
  const timers = createTimers((error) => resolved.logError('timer failed', error));
  const stats = emptyStats();
  const users = createUserDirectory(resolved.users);
  let referenceIds = 0;
  let tweetIds = 0;
  /** GWS's endpoint and the team feed's: two CometD servers with the same settings and protections. */
  const notifier = (
    authenticateUser: (request: IncomingMessage) => SimUser | undefined,
    counted: { onSessionDropped: () => void; onHandshake: () => void },
  ): Notifier =>
    createCometdNotifier({
      authenticate: authenticateUser,
      longPollTimeoutMs: resolved.longPollTimeoutMs,
      maxIntervalMs: resolved.maxIntervalMs,
      maxQueuedPerSession: resolved.maxQueuedPerSession,
      ...counted,
      logError: resolved.logError,
    });
  const ctx: SimulatorContext = {
    users,
    store: createTweetStore({ maxTweets: resolved.maxTweets }),
    agentStates: createAgentStates(),
    httpSessions: createHttpSessionStore({ maxSessions: resolved.maxHttpSessions }),
    passwordBackoff: createPasswordBackoff(resolved.passwordBackoff),
    notifier: notifier(
      (request) => authenticate(ctx, request),
      {
        onSessionDropped: () => (stats.sessionsDropped += 1),
        onHandshake: () => (stats.handshakes += 1),
      },
    ),
    // [ours] Only supervisors may handshake on the team feed: anybody else is denied like a wrong password.
    teamFeed: notifier(
      (request) => {
        const user = authenticate(ctx, request);
        return user?.supervisor ? user : undefined;
      },
      {
        onSessionDropped: () => (stats.teamFeedSessionsDropped += 1),
        onHandshake: () => (stats.teamFeedHandshakes += 1),
      },
    ),
    teamRoster: createTeamRoster(users),
    faults: createFaults(),
    stats,
    timers,
    config: {
      twitterDelayMs: resolved.twitterDelayMs,
      maxListedTweets: resolved.maxListedTweets,
      twitterAcks: resolved.twitterAcks,
      channelMessages: resolved.channelMessages,
      csrfHeaderName: resolved.csrfHeaderName,
    },
    nextReferenceId: () => ++referenceIds,
    nextTweetId: () => interactionId(++tweetIds, randomUpperAlnum(7)),
  };
  return ctx;
}
