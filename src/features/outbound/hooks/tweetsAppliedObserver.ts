import type { Tweet } from '../../../gws/schemas';
import type { OutboundEvent, OutboundTweets } from '../model/outboundTweets';

/**
 * [ours, for the benchmark] What the live panel's cache has just taken in, told to an observer that
 * only `npm run bench` installs: `window.__gwsTweetsApplied`, set by the page's init script
 * (bench/support/applyProbe.ts) before the app's own scripts run. With it the bench times every
 * tweet from its publish to the cache and counts what reached the cache. Nothing in the app sets
 * it; unset, a batch costs one global read (once per frame at most) and nothing per tweet: no
 * object, no closure, no walk over the events.
 */
export interface AppliedBatch {
  /** The batch's events: the reducer has applied every one and the result is in the cache. */
  readonly events: readonly OutboundEvent[];
  /** `Date.now()` just after the cache write (before anything renders). */
  readonly appliedAt: number;
  /** The tweets in the cache at the time of the call (whoever wrote it last, list reads included). */
  readonly cachedTweets: () => Iterable<Tweet>;
}

export type TweetsAppliedObserver = (batch: AppliedBatch) => void;

declare global {
  interface Window {
    /** [ours, for the benchmark] See src/features/outbound/hooks/tweetsAppliedObserver.ts. */
    __gwsTweetsApplied?: TweetsAppliedObserver;
  }
}

/**
 * Tells the benchmark's observer, if one is installed, that `events` are in the cache now.
 * `readCache` is made once per connection, not per batch.
 */
export function reportTweetsApplied(events: readonly OutboundEvent[], readCache: () => OutboundTweets | undefined): void {
  const observer = typeof window === 'undefined' ? undefined : window.__gwsTweetsApplied;
  if (typeof observer !== 'function') return;
  observer({ events, appliedAt: Date.now(), cachedTweets: () => tweetsOf(readCache()) });
}

function* tweetsOf(tweets: OutboundTweets | undefined): Generator<Tweet> {
  if (!tweets) return;
  for (const entry of tweets.entries.values()) yield entry.tweet;
}
