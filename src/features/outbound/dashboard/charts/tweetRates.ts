import { isInbound } from '../../model/entryView';
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

/** The rates of both windows the charts offer, counted in one pass; the chart shows one of them. */
export type WindowRates = Readonly<Record<RateWindowMinutes, TweetRates>>;

export const rateWindows: readonly RateWindowMinutes[] = [15, 60];

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

type RateState = (typeof rateStates)[number];

/** One window's buckets: [start, end) in whole minutes, the current (partial) minute last. */
class RateWindow {
  readonly start: number;
  readonly end: number;
  readonly counts: Readonly<Record<RateState, number[]>>;
  readonly errors: number[];

  constructor(
    now: number,
    readonly minutes: RateWindowMinutes,
  ) {
    const currentMinute = Math.floor(now / minuteMs) * minuteMs;
    this.start = currentMinute - (minutes - 1) * minuteMs;
    this.end = currentMinute + minuteMs;
    this.counts = { Sent: zeros(minutes), Composing: zeros(minutes), Canceled: zeros(minutes), Completed: zeros(minutes) };
    this.errors = zeros(minutes);
  }

  /** One more in the bucket of `at`; nothing outside the window (a missing or non-finite time is outside too). */
  count(counts: number[], at: number | undefined): void {
    if (at === undefined || !(at >= this.start && at < this.end)) return;
    const bucket = Math.floor((at - this.start) / minuteMs);
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }

  rates(): TweetRates {
    const series = rateStates.map((state) => ({ state, counts: this.counts[state] }));
    const totals: Record<string, number> = {};
    for (const { state, counts } of series) totals[state] = sum(counts);
    totals[errorLabel] = sum(this.errors);
    const { start, errors } = this;
    return { bucketStarts: Array.from({ length: this.minutes }, (_, i) => start + i * minuteMs), series, errors, totals };
  }
}

/**
 * Per-minute counts over the last `minutes` minutes (each window asked for), the current
 * (partial) minute included, one outbound tweet at a time (the caller leaves inbound ones out).
 * A tweet counts in a state's bucket at the time the console first saw it in that state
 * (`stateTimes`), so one that went Composing → Sent counts once in each; a state a list read found
 * already there (its time only a bound, see stateTimeIsBound) counts nowhere. Errors count where
 * `error.at` falls; an entry keeps only its latest error, and loses it once it goes out, so a
 * failure that was retried successfully no longer shows. Other states (Invited, Processing,
 * unknown ones) are not charted.
 *
 * Each state time is read once per tweet, for both windows: those reads are the costly part of a
 * pass over 100,000 tweets (the more so where every `stateTimes` has a hidden class of its own, as
 * the reducer's spreads get in Node 20's V8).
 */
export class RateTally {
  private readonly windows: RateWindow[];

  constructor(now: number, minutes: readonly RateWindowMinutes[] = rateWindows) {
    this.windows = minutes.map((window) => new RateWindow(now, window));
  }

  add(entry: OutboundEntry): void {
    const times = entry.stateTimes;
    // A time that is only a bound (see stateTimeIsBound) is the entry's firstSeen: NaN matches none.
    const bound = entry.startUnknown === true ? entry.firstSeen : Number.NaN;
    const sent = times.Sent;
    const composing = times.Composing;
    const canceled = times.Canceled;
    const completed = times.Completed;
    const errorAt = entry.error?.at;
    for (const window of this.windows) {
      const { counts } = window;
      if (sent !== bound) window.count(counts.Sent, sent);
      if (composing !== bound) window.count(counts.Composing, composing);
      if (canceled !== bound) window.count(counts.Canceled, canceled);
      if (completed !== bound) window.count(counts.Completed, completed);
      window.count(window.errors, errorAt);
    }
  }

  /** The counts of one window it was asked for. */
  rates(minutes: RateWindowMinutes): TweetRates {
    const window = this.windows.find((one) => one.minutes === minutes);
    if (!window) throw new Error(`RateTally: no ${minutes}-minute window`);
    return window.rates();
  }
}

/** `RateTally` over some entries, for one window; inbound tweets are not counted. */
export function tweetRates(entries: Iterable<OutboundEntry>, { now, minutes }: { now: number; minutes: RateWindowMinutes }): TweetRates {
  const tally = new RateTally(now, [minutes]);
  for (const entry of entries) if (!isInbound(entry.tweet)) tally.add(entry);
  return tally.rates(minutes);
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
