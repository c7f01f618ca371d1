import type { Tweet } from '../../../gws/schemas';
import type { TweetFeedEvent } from '../../../shared/session/tweetFeed/tweetFeed';
import { agentOf, defaultAgentAttribution, type AgentAttribution } from './agentAttribution';
import { editFacets, emptyOutboundFacets, type FacetsDraft, type OutboundFacets } from './outboundFacets';
import type { OutboundEntry, TweetError } from './outboundEntry';
import { OrderedStore, type StoreDraft } from './orderedStore';
import { createStringPool, withSharedStrings } from './sharedStrings';

export type { OutboundEntry, TweetError } from './outboundEntry';

/**
 * The outbound panel's data: every tweet known from notifications or from
 * `GET /api/v2/me/tweets`, keyed by id. Pure and immutable per batch: a batch that changes
 * nothing returns the very same object (no re-render); a batch costs O(its events), not O(entries),
 * because the entries share structure between versions (OrderedStore).
 */
export interface OutboundTweets {
  /** Insertion order is first-seen order: oldest first; `atNewest(i)` reads newest first. */
  entries: OrderedStore<OutboundEntry>;
  /** Entries dropped from the oldest end because of the cap. */
  evicted: number;
  /** Counts per shown state, from-account and agent. */
  facets: OutboundFacets;
  /** A REST list has been merged at least once. */
  listed: boolean;
}

/** What the reducer applies: what the session's tweet feed delivers. */
export type OutboundEvent = TweetFeedEvent;

export const emptyOutboundTweets: OutboundTweets = {
  entries: OrderedStore.empty(),
  evicted: 0,
  facets: emptyOutboundFacets,
  listed: false,
};

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

/** Shared by every list the panel keeps (strings only: equal values, one copy; see sharedStrings.ts). */
const stringPool = createStringPool();
const capabilityLists = new Map<string, string[]>();
const stored = (tweet: Tweet): Tweet => withSharedStrings(tweet, stringPool, capabilityLists);

function sameTweet(a: Tweet, b: Tweet): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merge a newer view of a tweet into what is known; fields the new view lacks are kept. */
function mergeTweet(known: Tweet, incoming: Tweet): Tweet {
  const merged: Tweet = { ...known };
  const fields: [string, unknown][] = Object.entries(incoming);
  for (const [key, value] of fields) {
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
  attribution: AgentAttribution,
  named: string | undefined,
  listed: boolean,
): OutboundEntry | undefined {
  const state = tweet.state;
  if (!known) {
    const agent = named ?? agentOf(tweet, attribution);
    const entry: OutboundEntry = { id: tweet.id, tweet: stored(tweet), stateTimes: state ? { [state]: at } : {}, firstSeen: at, lastChange: at, error, agent };
    return listed ? { ...entry, startUnknown: true } : entry;
  }
  if (rankOf(state) < rankOf(known.tweet.state)) return undefined; // a late, older state
  // The incoming view's strings are shared before the merge: what comes from `known` already is.
  const merged = mergeTweet(known.tweet, stored(tweet));
  const tweetChanged = !sameTweet(known.tweet, merged);
  const stateIsNew = state !== undefined && !Object.hasOwn(known.stateTimes, state);
  let nextError = known.error;
  if (error) {
    const same = known.error?.message === error.message && known.error.referenceId === error.referenceId;
    if (!same) nextError = error;
  } else if (stateIsNew && rankOf(state) > rankOf('Composing')) {
    nextError = undefined; // went out (or ended) after all: the earlier failure is history
  }
  // The team feed names the agent; once known, an agent stays (userData only fills in an unknown one).
  const agent = named ?? known.agent ?? (tweetChanged ? agentOf(merged, attribution) : undefined);
  if (!tweetChanged && !stateIsNew && nextError === known.error && agent === known.agent) return undefined;
  return {
    ...known,
    tweet: tweetChanged ? merged : known.tweet,
    stateTimes: stateIsNew && state ? { ...known.stateTimes, [state]: at } : known.stateTimes,
    lastChange: at,
    error: nextError,
    agent,
  };
}

interface Drafts {
  entries: StoreDraft<OutboundEntry>;
  facets: FacetsDraft;
}

/**
 * The first list read (the initial load) is older than whatever notifications arrived while it
 * was on its way: its unknown tweets go before the known ones, which keeps newest-first right.
 * Later lists (after a re-handshake) bring tweets missed during the gap: those go on top.
 */
function rebuildWithListFirst(state: OutboundTweets, list: Extract<OutboundEvent, { type: 'list' }>, attribution: AgentAttribution): Drafts {
  const drafts: Drafts = { entries: OrderedStore.empty<OutboundEntry>().edit(), facets: editFacets(emptyOutboundFacets) };
  for (const tweet of list.tweets) {
    if (state.entries.has(tweet.id) || drafts.entries.get(tweet.id)) continue;
    const entry = nextEntry(undefined, tweet, list.at, undefined, attribution, list.agents?.get(tweet.id), true);
    if (entry) place(drafts, undefined, entry);
  }
  for (const entry of state.entries.values()) place(drafts, undefined, entry);
  return drafts;
}

function place(drafts: Drafts, before: OutboundEntry | undefined, after: OutboundEntry): void {
  drafts.facets.replace(before, after);
  drafts.entries.set(after);
}

/**
 * Apply one frame's worth of events in one pass; `cap` bounds the number of entries kept;
 * `attribution` says who sent each tweet (see agentAttribution.ts).
 */
export function applyOutboundEvents(
  state: OutboundTweets,
  events: readonly OutboundEvent[],
  cap: number,
  attribution: AgentAttribution = defaultAgentAttribution,
): OutboundTweets {
  let drafts: Drafts | undefined;
  let listed = state.listed;
  const apply = (tweet: Tweet, at: number, error: TweetError | undefined, agent: string | undefined, listed = false): void => {
    const known = drafts ? drafts.entries.get(tweet.id) : state.entries.get(tweet.id);
    const next = nextEntry(known, tweet, at, error, attribution, agent, listed);
    if (!next) return;
    drafts ??= { entries: state.entries.edit(), facets: editFacets(state.facets) };
    place(drafts, known, next);
  };

  for (const event of events) {
    if (event.type === 'list') {
      if (!listed && (drafts?.entries.size ?? state.entries.size) > 0) {
        drafts = rebuildWithListFirst(drafts ? finishDrafts(state, drafts, listed) : state, event, attribution);
      }
      listed = true;
      for (const tweet of event.tweets) apply(tweet, event.at, undefined, event.agents?.get(tweet.id), true);
      continue;
    }
    const n = event.notification;
    if (n.kind === 'tweetState') apply(n.tweet, event.at, undefined, n.agent);
    else if (n.kind === 'tweetError' && n.tweet) {
      apply(n.tweet, event.at, { message: n.errorMessage, referenceId: n.referenceId, at: event.at }, n.agent);
    }
  }
  if (!drafts) return listed === state.listed ? state : { ...state, listed };

  let evicted = state.evicted;
  const excess = drafts.entries.size - cap;
  if (excess > 0) {
    for (const gone of drafts.entries.evictOldest(excess)) drafts.facets.replace(gone, undefined);
    evicted += excess;
  }
  return { ...finishDrafts(state, drafts, listed), evicted };
}

function finishDrafts(state: OutboundTweets, drafts: Drafts, listed: boolean): OutboundTweets {
  return { entries: drafts.entries.finish(), evicted: state.evicted, facets: drafts.facets.finish(), listed };
}
