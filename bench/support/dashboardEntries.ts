import type { Tweet } from '../../src/gws/schemas';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent, type OutboundTweets } from '../../src/features/outbound/model/outboundTweets';

/**
 * 100,000 tweets as the supervisor's panel holds them after the panelIngest bench's pre-fill and
 * load: built by the real reducer, one frame's events per call (so the store shares structure
 * between versions as it does in the page). 50 agents; a first list read of older Sent tweets
 * (times only bounds); then Composing → Sent pairs over the last 75 minutes, some failing, some
 * stuck in Composing, a few inbound tweets and a few with no known agent.
 */
export interface DashboardEntriesOptions {
  tweets: number;
  now: number;
  agents?: number;
  /** Events per reducer call (one frame's worth). */
  perFrame?: number;
  /** Deterministic pseudo-random seed. */
  seed?: number;
}

/** A small, seeded generator (mulberry32): the same tweets on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const minute = 60_000;

function tweetOf(id: string, state: string, agentNo: number, inbound: boolean): Tweet {
  return {
    id,
    state,
    twitterType: inbound ? 'Inbound' : 'Outbound',
    from: `gc_support${agentNo % 5}`,
    message: `Load tweet #${id} from loadagent${agentNo} at 2026-11-25T14:32:00.000Z`,
    capabilities: state === 'Composing' ? ['Send', 'Cancel', 'Complete'] : [],
    userData: { _twitterUserScreenName: `customer${agentNo}`, _twitterUserName: `Customer ${agentNo}` },
  };
}

export function dashboardEntries({ tweets, now, agents = 50, perFrame = 64, seed = 14 }: DashboardEntriesOptions): OutboundTweets {
  const random = seededRandom(seed);
  const listed = Math.floor(tweets * 0.05);
  const start = now - 75 * minute;
  let data = emptyOutboundTweets;

  const listTweets: Tweet[] = [];
  for (let i = 0; i < listed; i += 1) listTweets.push(tweetOf(`L${i}`, i % 10 === 0 ? 'Composing' : 'Sent', i % agents, false));
  data = applyOutboundEvents(data, [{ type: 'list', tweets: listTweets, at: start }], tweets);

  // Every live tweet: Composing at `at`, then (mostly) Sent 0.2–3 s later, in time order.
  const events: { at: number; event: OutboundEvent }[] = [];
  const live = tweets - listed;
  for (let i = 0; i < live; i += 1) {
    const agentNo = Math.floor(random() * agents);
    const agent = random() < 0.01 ? undefined : `loadagent${agentNo}`;
    const inbound = random() < 0.01;
    const id = `T${i}`;
    const at = start + Math.floor((i / live) * 75 * minute);
    const fate = random();
    const notify = (when: number, state: string, error?: string): void => {
      const tweet = tweetOf(id, state, agentNo, inbound);
      const notification =
        error === undefined
          ? ({ kind: 'tweetState', notificationType: 'StatusChange', referenceId: undefined, tweet, agent } as const)
          : ({ kind: 'tweetError', referenceId: i, errorMessage: error, tweet, agent } as const);
      events.push({ at: when, event: { type: 'notification', notification, at: when } });
    };
    notify(at, 'Composing');
    if (fate < 0.02) notify(at + 500, 'Composing', 'Status is a duplicate.');
    else if (fate < 0.03) continue; // stuck in Composing
    else if (fate < 0.04) notify(at + 1_000, 'Canceled');
    else notify(at + 200 + Math.floor(random() * 2_800), 'Sent');
  }
  events.sort((a, b) => a.at - b.at);
  for (let i = 0; i < events.length; i += perFrame) {
    data = applyOutboundEvents(
      data,
      events.slice(i, i + perFrame).map(({ event }) => event),
      tweets,
    );
  }
  return data;
}
