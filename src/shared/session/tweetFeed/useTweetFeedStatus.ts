import { useSyncExternalStore } from 'react';
import type { TweetFeed, TweetFeedStatus } from './tweetFeed';

/**
 * A part of a feed's status (its counters, or what Pause holds). `select` must return a part of the
 * status as it is (`(status) => status.held`), not a new object: the component re-renders only when
 * that part changes.
 */
export function useTweetFeedStatus<T>(feed: TweetFeed, select: (status: TweetFeedStatus) => T): T {
  return useSyncExternalStore(feed.subscribeStatus, () => select(feed.getStatus()));
}
