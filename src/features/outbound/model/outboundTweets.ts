import type { GwsNotification, Tweet } from '../../../gws/schemas';

/**
 * The outbound panel's data: every tweet known from notifications or from
 * `GET /api/v2/me/tweets`, keyed by id. Pure and immutable per batch: a batch that changes
 * nothing returns the very same object (no re-render).
 */
export interface TweetError {
  message: string;
  referenceId: number | undefined;
  at: number;
}

export interface OutboundEntry {
  id: string;
  tweet: Tweet;
  /** When each state was first seen (ms since epoch), e.g. Composing → Sent time. */
  stateTimes: Readonly<Record<string, number>>;
  firstSeen: number;
  lastChange: number;
  error: TweetError | undefined;
}

export interface OutboundTweets {
  /** Insertion order is first-seen order: oldest first. */
  entries: ReadonlyMap<string, OutboundEntry>;
  /** Entries dropped from the oldest end because of the cap. */
  evicted: number;
}

export type OutboundEvent =
  | { type: 'notification'; notification: GwsNotification; at: number }
  | { type: 'list'; tweets: readonly Tweet[]; at: number };

export const emptyOutboundTweets: OutboundTweets = { entries: new Map(), evicted: 0 };

/**
 * Order of states in a tweet's life; a state never goes back to a lower rank, so a late
 * Composing never overwrites Sent. Unknown states rank with Composing (shown as-is).
 */
const stateRank: ReadonlyMap<string, number> = new Map([
  ['Invited', 0],
  ['Composing', 1],
  ['Processing', 1],
  ['Sent', 2],
  ['Canceled', 3],
  ['Completed', 3],
]);
function rankOf(state: string | undefined): number {
  return state === undefined ? 0 : (stateRank.get(state) ?? 1);
}

function sameTweet(a: Tweet, b: Tweet): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merge a newer view of a tweet into what is known; fields the new view lacks are kept. */
function mergeTweet(known: Tweet, incoming: Tweet): Tweet {
  const merged: Tweet = { ...known };
  for (const [key, value] of Object.entries(incoming)) {
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  if (known.userData && incoming.userData) merged.userData = { ...known.userData, ...incoming.userData };
  return merged;
}

/** The entry after one update, or undefined when the update changes nothing. */
function nextEntry(
  known: OutboundEntry | undefined,
  tweet: Tweet,
  at: number,
  error: TweetError | undefined,
): OutboundEntry | undefined {
  const state = tweet.state;
  if (!known) {
    return { id: tweet.id, tweet, stateTimes: state ? { [state]: at } : {}, firstSeen: at, lastChange: at, error };
  }
  if (rankOf(state) < rankOf(known.tweet.state)) return undefined; // a late, older state
  const merged = mergeTweet(known.tweet, tweet);
  const tweetChanged = !sameTweet(known.tweet, merged);
  const stateIsNew = state !== undefined && !Object.hasOwn(known.stateTimes, state);
  let nextError = known.error;
  if (error) {
    const same = known.error?.message === error.message && known.error.referenceId === error.referenceId;
    if (!same) nextError = error;
  } else if (stateIsNew && rankOf(state) > rankOf('Composing')) {
    nextError = undefined; // went out (or ended) after all: the earlier failure is history
  }
  if (!tweetChanged && !stateIsNew && nextError === known.error) return undefined;
  return {
    ...known,
    tweet: tweetChanged ? merged : known.tweet,
    stateTimes: stateIsNew && state ? { ...known.stateTimes, [state]: at } : known.stateTimes,
    lastChange: at,
    error: nextError,
  };
}

/** Apply one frame's worth of events in one pass; `cap` bounds the number of entries kept. */
export function applyOutboundEvents(state: OutboundTweets, events: readonly OutboundEvent[], cap: number): OutboundTweets {
  let entries: Map<string, OutboundEntry> | undefined;
  const apply = (tweet: Tweet, at: number, error: TweetError | undefined): void => {
    const next = nextEntry((entries ?? state.entries).get(tweet.id), tweet, at, error);
    if (next) (entries ??= new Map(state.entries)).set(tweet.id, next);
  };

  for (const event of events) {
    if (event.type === 'list') {
      for (const tweet of event.tweets) apply(tweet, event.at, undefined);
      continue;
    }
    const n = event.notification;
    if (n.kind === 'tweetState') apply(n.tweet, event.at, undefined);
    else if (n.kind === 'tweetError' && n.tweet) {
      apply(n.tweet, event.at, { message: n.errorMessage, referenceId: n.referenceId, at: event.at });
    }
  }
  if (!entries) return state;

  let evicted = state.evicted;
  if (entries.size > cap) {
    let excess = entries.size - cap;
    for (const id of entries.keys()) {
      if (excess === 0) break;
      entries.delete(id);
      excess -= 1;
      evicted += 1;
    }
  }
  return { entries, evicted };
}
