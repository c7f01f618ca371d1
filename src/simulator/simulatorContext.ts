import { authenticate } from './apiHandler';
import { createAgentStates } from './agentStates';
import type { SimulatorContext } from './context';
import { createFaults } from './faults';
import { createCometdNotifier } from './notifier/cometdNotifier';
import type { ResolvedOptions } from './options';
import { createHttpSessionStore } from './sessions/httpSessions';
import { createPasswordBackoff } from './sessions/passwordBackoff';
import { interactionId, randomUpperAlnum } from './stableIds';
import { emptyStats } from './stats';
import { createTweetStore } from './store/tweetStore';
import { createTimers } from './timers';
import { createUserDirectory } from './users';

/** Everything one simulator instance holds (store, sessions, CometD notifier, counters…); nothing is shared. */
export function createSimulatorContext(resolved: ResolvedOptions): SimulatorContext {
  const timers = createTimers((error) => resolved.logError('timer failed', error));
  const stats = emptyStats();
  let referenceIds = 0;
  let tweetIds = 0;
  const ctx: SimulatorContext = {
    users: createUserDirectory(resolved.users),
    store: createTweetStore({ maxTweets: resolved.maxTweets }),
    agentStates: createAgentStates(),
    httpSessions: createHttpSessionStore({ maxSessions: resolved.maxHttpSessions }),
    passwordBackoff: createPasswordBackoff(resolved.passwordBackoff),
    notifier: createCometdNotifier({
      authenticate: (request) => authenticate(ctx, request),
      longPollTimeoutMs: resolved.longPollTimeoutMs,
      maxIntervalMs: resolved.maxIntervalMs,
      maxQueuedPerSession: resolved.maxQueuedPerSession,
      onSessionDropped: () => {
        stats.sessionsDropped += 1;
      },
      logError: resolved.logError,
    }),
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
