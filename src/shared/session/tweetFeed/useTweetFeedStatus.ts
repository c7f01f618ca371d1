import { useSyncExternalStore } from 'react';
import { useGwsSession } from '../GwsSessionContext';
import type { TweetFeedStatus } from './tweetFeed';

/**
 * A part of the session feed's status (its counters, or what Pause holds). `select` must return a
 * part of the status as it is (`(status) => status.held`), not a new object: the component
 * re-renders only when that part changes.
 */
export function useTweetFeedStatus<T>(select: (status: TweetFeedStatus) => T): T {
  const { tweetFeed } = useGwsSession();
  return useSyncExternalStore(tweetFeed.subscribeStatus, () => select(tweetFeed.getStatus()));
}
