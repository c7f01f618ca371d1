import { displayStateOf, displayNameOf, fromAccountOf, isInbound, isStuck, screenNameOf, stateSinceOf } from './entryView';
import type { OutboundEntry } from './outboundEntry';
import type { OutboundTweets } from './outboundTweets';
import { queuePathOf } from './queueView';

/** The pseudo-state of the "Stuck" filter (a Composing tweet older than the threshold). */
export const stuckFilter = 'Stuck';

export interface OutboundFilters {
  showInbound: boolean;
  /** 'all', a shown state ('Composing', 'Error'…), or `stuckFilter`. */
  state: string;
  fromAccount: string | undefined;
  agent: string | undefined;
  /** A queue path (as written in userData `ConsoleQueue`). */
  queue: string | undefined;
  /** Only tweets whose shown state began at or after this time (ms since epoch): "since 14:30". */
  since: number | undefined;
  /** Free text, matched case-insensitively against message, accounts, names, agent, queue path, id and state. */
  text: string;
}

export const defaultOutboundFilters: OutboundFilters = {
  showInbound: false,
  state: 'all',
  fromAccount: undefined,
  agent: undefined,
  queue: undefined,
  since: undefined,
  text: '',
};

export interface StuckRule {
  now: number;
  thresholdMs: number;
}

/** The rows to show (newest first) and the counts above them. */
export interface RowSelection {
  count: number;
  at(index: number): OutboundEntry | undefined;
  /** Per shown state, over the entries that pass every filter except the state filter. */
  stateCounts: ReadonlyMap<string, number>;
  /** Stuck entries among those. */
  stuck: number;
}

const searchTexts = new WeakMap<OutboundEntry, string>();

/** Entries are immutable, so each one's search text is built once. */
function searchTextOf(entry: OutboundEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    const { tweet } = entry;
    const parts = `${tweet.message ?? ''}\n${fromAccountOf(tweet) ?? ''}\n${screenNameOf(tweet) ?? ''}\n${displayNameOf(tweet) ?? ''}`;
    text = `${parts}\n${entry.agent ?? ''}\n${queuePathOf(tweet) ?? ''}\n${tweet.id}\n${displayStateOf(entry)}`.toLowerCase();
    searchTexts.set(entry, text);
  }
  return text;
}

function mergedStateCounts(data: OutboundTweets, showInbound: boolean): ReadonlyMap<string, number> {
  if (!showInbound || data.facets.inboundStates.size === 0) return data.facets.outboundStates;
  const counts = new Map(data.facets.outboundStates);
  for (const [state, count] of data.facets.inboundStates) counts.set(state, (counts.get(state) ?? 0) + count);
  return counts;
}

/**
 * Which entries to show, newest first. Without filters (the usual view) nothing is scanned: rows
 * are read straight from the store by index and the counts come from the reducer's facets. With
 * filters, one pass over the entries, with no sorting (insertion order is first-seen order).
 */
export function selectRows(data: OutboundTweets, filters: OutboundFilters, stuckRule: StuckRule): RowSelection {
  const { entries } = data;
  const hiddenInbound = !filters.showInbound && data.facets.inboundStates.size > 0;
  const narrowed =
    filters.fromAccount !== undefined || filters.agent !== undefined || filters.queue !== undefined || filters.since !== undefined || filters.text.trim() !== '';

  if (!narrowed && !hiddenInbound && filters.state === 'all') {
    return {
      count: entries.size,
      at: (index) => entries.atNewest(index),
      stateCounts: mergedStateCounts(data, filters.showInbound),
      stuck: countStuck(data, filters.showInbound, stuckRule),
    };
  }

  const needle = filters.text.trim().toLowerCase();
  const rows: OutboundEntry[] = [];
  const counted = narrowed ? new Map<string, number>() : undefined;
  let stuck = 0;
  entries.forEachNewestFirst((entry) => {
    const { tweet } = entry;
    if (!filters.showInbound && isInbound(tweet)) return;
    if (filters.fromAccount !== undefined && fromAccountOf(tweet) !== filters.fromAccount) return;
    if (filters.agent !== undefined && entry.agent !== filters.agent) return;
    if (filters.queue !== undefined && queuePathOf(tweet) !== filters.queue) return;
    if (filters.since !== undefined && stateSinceOf(entry) < filters.since) return;
    if (needle !== '' && !searchTextOf(entry).includes(needle)) return;
    const state = displayStateOf(entry);
    counted?.set(state, (counted.get(state) ?? 0) + 1);
    const entryIsStuck = isStuck(entry, stuckRule.now, stuckRule.thresholdMs);
    if (entryIsStuck) stuck += 1;
    if (filters.state === 'all' || filters.state === state || (filters.state === stuckFilter && entryIsStuck)) rows.push(entry);
  });
  return {
    count: rows.length,
    at: (index) => rows[index],
    stateCounts: counted ?? mergedStateCounts(data, filters.showInbound),
    stuck,
  };
}

/** Stuck entries are Composing ones: the facets know which those are, however old. */
function countStuck(data: OutboundTweets, showInbound: boolean, { now, thresholdMs }: StuckRule): number {
  let stuck = 0;
  for (const id of data.facets.composing) {
    const entry = data.entries.get(id);
    if (!entry || (!showInbound && isInbound(entry.tweet))) continue;
    if (isStuck(entry, now, thresholdMs)) stuck += 1;
  }
  return stuck;
}
