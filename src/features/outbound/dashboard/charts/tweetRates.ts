import { isInbound, stateTimeIsBound } from '../../model/entryView';
import type { OutboundEntry } from '../../model/outboundEntry';

/** The states whose entries are counted, in the order the charts and tables list them. */
export const rateStates = ['Sent', 'Composing', 'Canceled', 'Completed'] as const;
/** The key of the errors in `totals` (and the label of their series). */
export const errorLabel = 'Error';

export type RateWindowMinutes = 15 | 60;

export const minuteMs = 60_000;

/** Tweets per minute: how many outbound tweets entered each state, and how many failed, per minute. */
export interface TweetRates {
  /** Start of each one-minute bucket (ms since epoch), oldest first; the last is the current minute. */
  bucketStarts: number[];
  /** One per state of `rateStates`, in that order; `counts[i]` belongs to `bucketStarts[i]`. */
  series: { state: string; counts: number[] }[];
  /** Entries whose error (`error.at`) falls in each bucket. */
  errors: number[];
  /** The sum of each series over the window, by state, and the errors under `errorLabel`. */
  totals: Record<string, number>;
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/**
 * Per-minute counts over the last `minutes` minutes, the current (partial) minute included.
 * A tweet counts in a state's bucket at the time the console first saw it in that state
 * (`stateTimes`), so one that went Composing → Sent counts once in each; a state a list read found
 * already there (its time only a bound, see stateTimeIsBound) counts nowhere. Errors count where
 * `error.at` falls; an entry keeps only its latest error, and loses it once it goes out, so a
 * failure that was retried successfully no longer shows. Inbound tweets are not counted; other
 * states (Invited, Processing, unknown ones) are not charted.
 *
 * One pass over the entries, a few comparisons each: it runs on 100,000 entries once a second.
 */
export function tweetRates(entries: Iterable<OutboundEntry>, { now, minutes }: { now: number; minutes: RateWindowMinutes }): TweetRates {
  const currentMinute = Math.floor(now / minuteMs) * minuteMs;
  const start = currentMinute - (minutes - 1) * minuteMs;
  const end = currentMinute + minuteMs;
  // The bucket of a time, or -1 outside the window (a missing or non-finite time is outside too).
  const bucketOf = (at: number | undefined): number => (at !== undefined && at >= start && at < end ? Math.floor((at - start) / minuteMs) : -1);

  const series = rateStates.map((state) => ({ state, counts: zeros(minutes) }));
  const errors = zeros(minutes);
  for (const entry of entries) {
    if (isInbound(entry.tweet)) continue;
    for (const { state, counts } of series) {
      // A state the first list read found already there began at an unknown time: not in any minute.
      if (stateTimeIsBound(entry, state)) continue;
      const bucket = bucketOf(entry.stateTimes[state]);
      if (bucket >= 0) counts[bucket] = (counts[bucket] ?? 0) + 1;
    }
    const errorBucket = bucketOf(entry.error?.at);
    if (errorBucket >= 0) errors[errorBucket] = (errors[errorBucket] ?? 0) + 1;
  }

  const totals: Record<string, number> = {};
  for (const { state, counts } of series) totals[state] = sum(counts);
  totals[errorLabel] = sum(errors);
  return { bucketStarts: Array.from({ length: minutes }, (_, i) => start + i * minuteMs), series, errors, totals };
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
