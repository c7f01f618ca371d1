import { composingToSentMs, displayStateOf, isInbound, isStuck, stateTimeIsBound } from '../../../../src/features/outbound/model/entryView';
import type { OutboundEntry } from '../../../../src/features/outbound/model/outboundEntry';
import { median } from '../../../../src/features/outbound/dashboard/perAgent/median';
import { sortAgentFigures, unknownAgent, type AgentFigures } from '../../../../src/features/outbound/dashboard/perAgent/agentFigures';

/**
 * The dashboard's three figures as they were computed before they were fused into one pass
 * (dashboardFigures.ts): three separate, plain passes over the entries, kept verbatim as the oracle
 * the fused pass is compared with (and as the "before" of bench/dashboardFigures.ts). The median is
 * perAgent/median.ts's, which has its own test against sorting.
 */

interface Tally {
  total: number;
  byState: Map<string, number>;
  stuck: number;
  composingToSentMs: number[];
}

const newTally = (): Tally => ({ total: 0, byState: new Map(), stuck: 0, composingToSentMs: [] });

export function referenceAgentFigures(entries: Iterable<OutboundEntry>, rule: { now: number; thresholdMs: number }, roster: readonly string[]): AgentFigures[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (agent: string): Tally => {
    let tally = tallies.get(agent);
    if (!tally) {
      tally = newTally();
      tallies.set(agent, tally);
    }
    return tally;
  };
  for (const agent of roster) tallyOf(agent);
  let unknown: Tally | undefined;
  for (const entry of entries) {
    if (isInbound(entry.tweet)) continue;
    const tally = entry.agent === undefined ? (unknown ??= newTally()) : tallyOf(entry.agent);
    const state = displayStateOf(entry);
    tally.total += 1;
    tally.byState.set(state, (tally.byState.get(state) ?? 0) + 1);
    if (isStuck(entry, rule.now, rule.thresholdMs)) tally.stuck += 1;
    if (state === 'Sent') {
      const ms = composingToSentMs(entry);
      if (ms !== undefined) tally.composingToSentMs.push(ms);
    }
  }
  const figuresOf = (agent: string, known: boolean, tally: Tally): AgentFigures => ({
    agent,
    known,
    total: tally.total,
    byState: tally.byState,
    errors: tally.byState.get('Error') ?? 0,
    stuck: tally.stuck,
    medianComposingToSentMs: median(tally.composingToSentMs),
  });
  const rows = [...tallies].map(([agent, tally]) => figuresOf(agent, true, tally));
  if (unknown) rows.push(figuresOf(unknownAgent, false, unknown));
  return sortAgentFigures(rows, 'agent', 'ascending');
}

export function referenceAlertMeasures(entries: Iterable<OutboundEntry>, { now, thresholdMs }: { now: number; thresholdMs: number }) {
  let errorsLastMinute = 0;
  let stuck = 0;
  for (const entry of entries) {
    if (isInbound(entry.tweet)) continue;
    if (entry.error && now - entry.error.at <= 60_000) errorsLastMinute += 1;
    if (isStuck(entry, now, thresholdMs)) stuck += 1;
  }
  return { errorsLastMinute, stuck };
}

const minuteMs = 60_000;
const zeros = (length: number): number[] => new Array<number>(length).fill(0);
const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

export function referenceTweetRates(entries: Iterable<OutboundEntry>, { now, minutes }: { now: number; minutes: 15 | 60 }) {
  const currentMinute = Math.floor(now / minuteMs) * minuteMs;
  const start = currentMinute - (minutes - 1) * minuteMs;
  const end = currentMinute + minuteMs;
  const bucketOf = (at: number | undefined): number => (at !== undefined && at >= start && at < end ? Math.floor((at - start) / minuteMs) : -1);
  const series = ['Sent', 'Composing', 'Canceled', 'Completed'].map((state) => ({ state, counts: zeros(minutes) }));
  const errors = zeros(minutes);
  for (const entry of entries) {
    if (isInbound(entry.tweet)) continue;
    for (const { state, counts } of series) {
      if (stateTimeIsBound(entry, state)) continue;
      const bucket = bucketOf(entry.stateTimes[state]);
      if (bucket >= 0) counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const errorBucket = bucketOf(entry.error?.at);
    if (errorBucket >= 0) errors[errorBucket] = (errors[errorBucket] ?? 0) + 1;
  }
  const totals: Record<string, number> = {};
  for (const { state, counts } of series) totals[state] = sum(counts);
  totals.Error = sum(errors);
  return { bucketStarts: Array.from({ length: minutes }, (_, i) => start + i * minuteMs), series, errors, totals };
}
