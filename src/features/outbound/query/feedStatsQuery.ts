import { queryOptions } from '@tanstack/react-query';
import { emptyFeedStats, type FeedStats } from '../feed/feedStats';
import { outboundKeys } from './outboundKeys';

/**
 * The feed's counters (ignored notifications, last notification time): client state, written by
 * the feed with setQueryData once per flush; never fetched.
 */
export function outboundFeedStatsQuery(userName: string) {
  return queryOptions({
    queryKey: outboundKeys.feedStats(userName),
    queryFn: ({ client, queryKey }): FeedStats => client.getQueryData<FeedStats>(queryKey) ?? emptyFeedStats,
    enabled: false,
    initialData: (): FeedStats => emptyFeedStats,
    staleTime: Infinity,
  });
}
