import { composingToSentMs, displayStateOf, isInbound, isStuck } from '../../model/entryView';
import type { OutboundEntry } from '../../model/outboundEntry';
import type { StuckRule } from '../../model/selectRows';
import { median } from './median';

/** The name of the row of outbound tweets no agent is known for. */
export const unknownAgent = '(unknown agent)';

/** One agent's outbound tweets, as the per-agent table shows them. */
export interface AgentFigures {
  /** The agent's user name; `unknownAgent` on the row of tweets with no known agent. */
  agent: string;
  /** False on the `unknownAgent` row only (so an agent really named "(unknown agent)" stays apart). */
  known: boolean;
  total: number;
  /** Per shown state (Composing, Sent, Canceled, Completed, Error, and any other as it came). */
  byState: ReadonlyMap<string, number>;
  /** Shown as Error: failed and not gone out since. */
  errors: number;
  /** Composing for longer than the stuck threshold. */
  stuck: number;
  /** Median Composing → Sent over the agent's Sent tweets; undefined when there are none. */
  medianComposingToSentMs: number | undefined;
}

interface Tally {
  total: number;
  byState: Map<string, number>;
  stuck: number;
  composingToSentMs: number[];
}

const newTally = (): Tally => ({ total: 0, byState: new Map(), stuck: 0, composingToSentMs: [] });

/**
 * The figures of every agent of the roster (with zeros when they sent nothing), of every agent
 * seen on a tweet but missing from the roster, and of the tweets with no known agent (one
 * `unknownAgent` row, only when there are such tweets), one outbound tweet at a time (the caller
 * leaves inbound ones out); then one selection per agent for the median: O(tweets) on average.
 */
export class AgentTally {
  private readonly tallies = new Map<string, Tally>();
  private unknown: Tally | undefined;

  constructor(
    private readonly rule: StuckRule,
    roster: readonly string[],
  ) {
    for (const agent of roster) this.tallyOf(agent);
  }

  add(entry: OutboundEntry): void {
    const tally = entry.agent === undefined ? (this.unknown ??= newTally()) : this.tallyOf(entry.agent);
    const state = displayStateOf(entry);
    tally.total += 1;
    tally.byState.set(state, (tally.byState.get(state) ?? 0) + 1);
    if (isStuck(entry, this.rule.now, this.rule.thresholdMs)) tally.stuck += 1;
    if (state === 'Sent') {
      const ms = composingToSentMs(entry);
      if (ms !== undefined) tally.composingToSentMs.push(ms);
    }
  }

  /** The rows, sorted by name. */
  figures(): AgentFigures[] {
    const rows = [...this.tallies].map(([agent, tally]) => figuresOf(agent, true, tally));
    if (this.unknown) rows.push(figuresOf(unknownAgent, false, this.unknown));
    return sortAgentFigures(rows, 'agent', 'ascending');
  }

  private tallyOf(agent: string): Tally {
    let tally = this.tallies.get(agent);
    if (!tally) {
      tally = newTally();
      this.tallies.set(agent, tally);
    }
    return tally;
  }
}

/** `AgentTally` over some entries; inbound tweets are skipped. */
export function agentFigures(entries: Iterable<OutboundEntry>, rule: StuckRule, roster: readonly string[]): AgentFigures[] {
  const tally = new AgentTally(rule, roster);
  for (const entry of entries) if (!isInbound(entry.tweet)) tally.add(entry);
  return tally.figures();
}

function figuresOf(agent: string, known: boolean, tally: Tally): AgentFigures {
  return {
    agent,
    known,
    total: tally.total,
    byState: tally.byState,
    errors: tally.byState.get('Error') ?? 0,
    stuck: tally.stuck,
    medianComposingToSentMs: median(tally.composingToSentMs),
  };
}

/** The table's sortable columns. */
export const agentColumns = ['agent', 'total', 'Composing', 'Sent', 'Error', 'Stuck', 'medianComposingToSent'] as const;
export type AgentColumn = (typeof agentColumns)[number];
/** The words of `aria-sort`, so the table can announce the order as it is. */
export type SortDirection = 'ascending' | 'descending';

/** A column's number on a row; undefined when it has none (no Sent tweet for the median). */
export function agentColumnValue(row: AgentFigures, column: Exclude<AgentColumn, 'agent'>): number | undefined {
  switch (column) {
    case 'total':
      return row.total;
    case 'Composing':
    case 'Sent':
      return row.byState.get(column) ?? 0;
    case 'Error':
      return row.errors;
    case 'Stuck':
      return row.stuck;
    case 'medianComposingToSent':
      return row.medianComposingToSentMs;
  }
}

const names = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** By name (agent2 before agent10), the unknown-agent row last: it is nobody's name. */
function byName(a: AgentFigures, b: AgentFigures): number {
  if (a.known !== b.known) return a.known ? -1 : 1;
  return names.compare(a.agent, b.agent) || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0);
}

/**
 * The rows in a new array, ordered by `column`. Whatever the direction, rows without a value (no
 * median) go last, as does the unknown-agent row when ordered by name; ties go by name.
 */
export function sortAgentFigures(rows: readonly AgentFigures[], column: AgentColumn, direction: SortDirection): AgentFigures[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (column === 'agent') {
    return [...rows].sort((a, b) => (a.known !== b.known ? byName(a, b) : sign * byName(a, b)));
  }
  return [...rows].sort((a, b) => {
    const x = agentColumnValue(a, column);
    const y = agentColumnValue(b, column);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
