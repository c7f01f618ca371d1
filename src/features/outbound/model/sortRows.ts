import { composingToSentMs, displayStateOf, fromAccountOf, stateSinceOf } from './entryView';
import type { OutboundEntry } from './outboundEntry';
import { queuePathOf } from './queueView';
import type { RowSelection } from './selectRows';

/** The columns of the supervisor's tweet table, in their order on screen. */
export const tweetColumns = ['state', 'time', 'from', 'agent', 'queue', 'message', 'composingToSent', 'userData'] as const;
export type TweetColumn = (typeof tweetColumns)[number];

/** The words of `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

/** A chosen order; undefined = the list's own order (newest first, as the console first saw them). */
export interface TweetSort {
  column: TweetColumn;
  direction: SortDirection;
}

/** The direction a column starts in when first chosen: times and figures largest first, words A → Z. */
export function firstDirectionOf(column: TweetColumn): SortDirection {
  return column === 'time' || column === 'composingToSent' || column === 'userData' ? 'descending' : 'ascending';
}

/** The next order after a click on `column`: its first direction, then the other one. */
export function nextSort(current: TweetSort | undefined, column: TweetColumn): TweetSort {
  if (current?.column !== column) return { column, direction: firstDirectionOf(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** What a row reads for a column when sorting; the queue's label comes from config.json's queues. */
export interface SortContext {
  queueLabel: (path: string | undefined) => string | undefined;
  /** The text a draft being sent from this console shows, while GWS has none. */
  draftMessage?: (id: string) => string | undefined;
}

type Key = number | string | undefined;

function keyOf(entry: OutboundEntry, column: TweetColumn, context: SortContext): Key {
  const { tweet } = entry;
  switch (column) {
    case 'state':
      return displayStateOf(entry);
    case 'time':
      return stateSinceOf(entry);
    case 'from':
      return fromAccountOf(tweet)?.replace(/^@/, '');
    case 'agent':
      return entry.agent;
    case 'queue':
      return context.queueLabel(queuePathOf(tweet));
    case 'message':
      return (tweet.message ?? tweet.subject ?? context.draftMessage?.(entry.id))?.toLowerCase();
    case 'composingToSent':
      return composingToSentMs(entry);
    case 'userData':
      return tweet.userData ? Object.keys(tweet.userData).length : 0;
  }
}

const words = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Names (states, accounts, agents, queues) have few distinct values: each is ranked once with a
 * collator (agent2 before agent10), and the rows are then ordered by rank, a number. Messages are
 * nearly all distinct: they are compared as lower-cased strings, code unit by code unit.
 */
function rankedKeys(keys: Key[], column: TweetColumn): Key[] {
  if (column === 'message' || keys.every((key) => typeof key !== 'string')) return keys;
  const distinct = [...new Set(keys.filter((key): key is string => typeof key === 'string'))].sort(words.compare);
  const rank = new Map(distinct.map((value, index) => [value, index]));
  return keys.map((key) => (typeof key === 'string' ? rank.get(key) : key));
}

/**
 * The same rows in the chosen order (a new selection; counts unchanged). Rows without a value
 * (no Composing → Sent time, no queue…) go last whichever the direction; ties keep the list's own
 * order (newest first). O(n log n) over the selected rows: the panel sorts a large list at most
 * once a second.
 */
export function sortRows(selection: RowSelection, sort: TweetSort | undefined, context: SortContext): RowSelection {
  if (!sort || selection.count < 2) return selection;
  const rows: OutboundEntry[] = [];
  for (let i = 0; i < selection.count; i += 1) {
    const entry = selection.at(i);
    if (entry) rows.push(entry);
  }
  const keys = rankedKeys(
    rows.map((entry) => keyOf(entry, sort.column, context)),
    sort.column,
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === undefined || y === undefined) return x === y ? a - b : x === undefined ? 1 : -1;
    const compared = x < y ? -1 : x > y ? 1 : 0;
    return sign * compared || a - b;
  });
  return { ...selection, count: rows.length, at: (index) => rows[order[index] ?? -1] };
}
