import { consoleUserDataKeys } from '../gws/http/contract';
import type { Actor, SimulatorContext } from './context';
import type { LoadBody } from './control/controlSchemas';
import type { TeamAgentEntry } from './teamFeed/teamRoster';
import { createTweet, operateOnTweet } from './tweetService';

/** [ours] Load agents are named loadagent1..N (Load Agent N on the team feed); their accounts load_acct_1..N. */
export function loadAgent(index: number): Actor & TeamAgentEntry {
  return {
    userName: `loadagent${index}`,
    firstName: 'Load',
    lastName: `Agent ${index}`,
    twitterAccounts: [{ screenName: `load_acct_${index}`, displayName: `Load Agent ${index}` }],
  };
}

/**
 * [ours] The queues load tweets are created and sent on, in turn: the first two are the demo
 * config.json's queues (the console shows their names), the third is in no config (shown as its path).
 * Each Create names its queue in userData under `ConsoleQueue`, as the console's do.
 */
export const loadQueuePaths = ['/queues/twitter-outbound', '/queues/customer-care', '/queues/load'] as const;

/** Tweets are made every 10 ms (2,000/s = 20 per tick): a steady stream, not bursts. */
const tickMs = 10;

export interface LoadGenerator {
  /** Starts generating (replacing a running load); it stops by itself after `seconds`. */
  start(body: LoadBody, baseUrl: string): { until: number };
  stop(): void;
  readonly running: boolean;
}

/**
 * `POST /sim/load`: outbound traffic from simulated agents (Create → Composing → Send → Sent, the
 * normal path), `perSecond` tweets for `seconds`. The load agents join the team's roster, so their
 * notifications reach supervisors through the team feed [ours] (nobody's `/v2/me/*`: they have no sessions).
 */
export function createLoadGenerator(ctx: SimulatorContext): LoadGenerator {
  let stopTicking: (() => void) | undefined;

  function stop(): void {
    stopTicking?.();
    stopTicking = undefined;
  }

  return {
    get running() {
      return stopTicking !== undefined;
    },
    stop,
    start({ agents, perSecond, seconds }, baseUrl) {
      stop();
      const actors = Array.from({ length: agents }, (_, i) => loadAgent(i + 1));
      ctx.teamRoster.addLoadAgents(actors);
      const startedAt = Date.now();
      const endsAt = startedAt + seconds * 1000;
      const total = Math.floor(perSecond * seconds);
      let made = 0;

      const makeOne = () => {
        const actor = actors[made % actors.length];
        const account = actor?.twitterAccounts[0];
        // Every agent takes each queue in turn: the next queue once all agents have made one tweet.
        const queuePath = loadQueuePaths[Math.floor(made / actors.length) % loadQueuePaths.length];
        if (!actor || !account || queuePath === undefined) return;
        made += 1;
        ctx.stats.loadTweets += 1;
        // Like the console, a load agent names itself and the queue in Create's userData (GWS names neither).
        const userData = { [consoleUserDataKeys.agent]: actor.userName, [consoleUserDataKeys.queue]: queuePath };
        const created = createTweet(ctx, actor, { operationName: 'Create', queuePath, userData }, baseUrl);
        if (!created.ok) return;
        created.after();
        const message = `Load tweet #${made} from ${actor.userName} at ${new Date().toISOString()}`;
        const twitter = { from: account.screenName, message };
        const sent = operateOnTweet(ctx, actor, created.tweetId, { operationName: 'Send', queuePath, twitter }, baseUrl);
        if (sent.ok) sent.after();
      };

      stopTicking = ctx.timers.every(tickMs, () => {
        const now = Date.now();
        const due = now >= endsAt ? total : Math.min(total, Math.floor(((now - startedAt) / 1000) * perSecond));
        while (made < due) makeOne();
        if (now >= endsAt) stop();
      });
      return { until: endsAt };
    },
  };
}
