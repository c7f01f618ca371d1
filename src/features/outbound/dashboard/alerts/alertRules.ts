import { isInbound, isStuck } from '../../model/entryView';
import type { OutboundEntry } from '../../model/outboundEntry';
import { formatCount } from '../../model/timeFormat';

/**
 * When the supervisor wants to be alerted: an alert is crossed when its measure is **at or above**
 * (≥) its threshold. `undefined` turns that alert off.
 */
export interface AlertThresholds {
  errorsPerMinute: number | undefined;
  stuck: number | undefined;
}

export const alertsOff: AlertThresholds = { errorsPerMinute: undefined, stuck: undefined };

/** What the thresholds are compared with, measured over the outbound tweets at one moment. */
export interface AlertMeasures {
  /** Outbound tweets whose failure is marked and was reported at most 60 s ago. */
  errorsLastMinute: number;
  /** Outbound tweets stuck in Composing (see `isStuck`). */
  stuck: number;
}

export type AlertKind = 'errors' | 'stuck';

export interface CrossedAlert {
  kind: AlertKind;
  value: number;
  threshold: number;
  /** One line for the banner and the notification, e.g. "3 errors in the last minute (alert at 2)". */
  text: string;
}

/** How far back an error still counts in "errors per minute". */
export const errorWindowMs = 60_000;

/** A threshold the console accepts: a whole number, 1 or more (0 would alert all the time). */
export function isValidThreshold(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 1;
}

/**
 * The measures, one outbound tweet at a time (the caller leaves inbound ones out: they are not the
 * team's output). An error counts while its `at` is in the closed window [now − 60 s, now]; one
 * reported "after" `now` counts too, because `now` comes from a ticking clock that can lag the
 * notifications by a tick.
 */
export class AlertTally {
  private errorsLastMinute = 0;
  private stuck = 0;

  constructor(private readonly rule: { now: number; thresholdMs: number }) {}

  add(entry: OutboundEntry): void {
    const { now, thresholdMs } = this.rule;
    if (entry.error && now - entry.error.at <= errorWindowMs) this.errorsLastMinute += 1;
    if (isStuck(entry, now, thresholdMs)) this.stuck += 1;
  }

  measures(): AlertMeasures {
    return { errorsLastMinute: this.errorsLastMinute, stuck: this.stuck };
  }
}

/** `AlertTally` over the entries (O(n)); inbound tweets are skipped. */
export function alertMeasures(entries: { values(): Iterable<OutboundEntry> }, rule: { now: number; thresholdMs: number }): AlertMeasures {
  const tally = new AlertTally(rule);
  for (const entry of entries.values()) if (!isInbound(entry.tweet)) tally.add(entry);
  return tally.measures();
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

const alertText: Record<AlertKind, (value: number, threshold: number) => string> = {
  errors: (value, threshold) => `${plural(value, 'error', 'errors')} in the last minute (alert at ${formatCount(threshold)})`,
  stuck: (value, threshold) => `${plural(value, 'tweet', 'tweets')} stuck (alert at ${formatCount(threshold)})`,
};

function crossed(kind: AlertKind, value: number, threshold: number | undefined): CrossedAlert | undefined {
  if (threshold === undefined || !isValidThreshold(threshold) || value < threshold) return undefined;
  return { kind, value, threshold, text: alertText[kind](value, threshold) };
}

/** The alerts whose measure is at or above (≥) their threshold, errors first; off or invalid thresholds never cross. */
export function crossedAlerts(measures: AlertMeasures, thresholds: AlertThresholds): CrossedAlert[] {
  return [
    crossed('errors', measures.errorsLastMinute, thresholds.errorsPerMinute),
    crossed('stuck', measures.stuck, thresholds.stuck),
  ].filter((alert) => alert !== undefined);
}
