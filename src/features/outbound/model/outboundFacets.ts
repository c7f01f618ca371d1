import { displayStateOf, fromAccountOf, isInbound } from './entryView';
import type { OutboundEntry } from './outboundEntry';
import { queuePathOf } from './queueView';

/**
 * Counts the supervisor view shows without scanning every entry: entries per shown state
 * (outbound and inbound apart), and per from-account, agent and queue path (which also feed the filter
 * choices); and which entries are shown as Composing. Kept up to date by the reducer, one entry at
 * a time.
 */
export interface OutboundFacets {
  outboundStates: ReadonlyMap<string, number>;
  inboundStates: ReadonlyMap<string, number>;
  fromAccounts: ReadonlyMap<string, number>;
  agents: ReadonlyMap<string, number>;
  /** By queue path (userData `ConsoleQueue`, written by the console at Create). */
  queues: ReadonlyMap<string, number>;
  /**
   * Ids of the entries shown as Composing — in flight, or stuck however old they are — so the
   * Stuck count reads these few instead of scanning the list down to the oldest stuck tweet.
   */
  composing: ReadonlySet<string>;
}

export const emptyOutboundFacets: OutboundFacets = {
  outboundStates: new Map(),
  inboundStates: new Map(),
  fromAccounts: new Map(),
  agents: new Map(),
  queues: new Map(),
  composing: new Set(),
};

type FacetName = Exclude<keyof OutboundFacets, 'composing'>;

/** The facet values of one entry; the shown state first. */
function facetValuesOf(entry: OutboundEntry): [FacetName, string | undefined][] {
  const inbound = isInbound(entry.tweet);
  return [
    [inbound ? 'inboundStates' : 'outboundStates', displayStateOf(entry)],
    ['fromAccounts', fromAccountOf(entry.tweet)],
    ['agents', entry.agent],
    ['queues', queuePathOf(entry.tweet)],
  ];
}

/** Changes to one OutboundFacets; `finish()` returns the original when nothing changed. */
export interface FacetsDraft {
  replace(before: OutboundEntry | undefined, after: OutboundEntry | undefined): void;
  finish(): OutboundFacets;
}

export function editFacets(original: OutboundFacets): FacetsDraft {
  const copies = new Map<FacetName, Map<string, number>>();
  let composing: Set<string> | undefined;

  function add(name: FacetName, value: string | undefined, delta: number): void {
    if (value === undefined) return;
    let counts = copies.get(name);
    if (!counts) {
      counts = new Map(original[name]);
      copies.set(name, counts);
    }
    const next = (counts.get(value) ?? 0) + delta;
    if (next > 0) counts.set(value, next);
    else counts.delete(value);
  }

  return {
    replace(before, after) {
      const old = before ? facetValuesOf(before) : [];
      const now = after ? facetValuesOf(after) : [];
      const wasComposing = old[0]?.[1] === 'Composing';
      const isComposing = now[0]?.[1] === 'Composing';
      const id = (after ?? before)?.id;
      if (wasComposing !== isComposing && id !== undefined) {
        composing ??= new Set(original.composing);
        if (isComposing) composing.add(id);
        else composing.delete(id);
      }
      for (let i = 0; i < Math.max(old.length, now.length); i += 1) {
        const [oldName, oldValue] = old[i] ?? [];
        const [newName, newValue] = now[i] ?? [];
        if (oldName === newName && oldValue === newValue) continue;
        if (oldName) add(oldName, oldValue, -1);
        if (newName) add(newName, newValue, +1);
      }
    },
    finish() {
      if (copies.size === 0 && !composing) return original;
      return { ...original, ...Object.fromEntries(copies), composing: composing ?? original.composing };
    },
  };
}

/** Sum of the counts of a facet map. */
export function totalOf(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}
