import { queryOptions } from '@tanstack/react-query';
import { outboundKeys } from './outboundKeys';
import type { AgentAttribution } from '../model/agentAttribution';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../model/outboundTweets';
import type { TweetSource } from '../model/tweetSource';

export interface OutboundTweetsQueryInput {
  userName: string;
  source: TweetSource;
  /** Most entries kept; older ones are dropped. */
  cap: number;
  attribution: AgentAttribution;
}

/**
 * The outbound tweets of a source: its list read (`GET /api/v2/me/tweets?fields=*`, or the team
 * feed's list) merged into what notifications already put in the cache (never replacing it: a tweet
 * known only from a notification stays). Fetched at start and again after every re-handshake
 * (invalidated through the feed); notifications keep it current in between, so it never goes stale
 * on its own.
 */
export function outboundTweetsQuery({ userName, source, cap, attribution }: OutboundTweetsQueryInput) {
  return queryOptions({
    queryKey: outboundKeys.tweets(userName, source.scope, cap, attribution),
    queryFn: async ({ client, signal, queryKey }): Promise<OutboundTweets> => {
      // Unreadable items of GWS lists are counted by the session's feed, which sees every list read.
      const { tweets, agents } = await source.readList({ signal });
      // Read the cache only now: notifications written while the list was on its way are kept.
      const current = client.getQueryData<OutboundTweets>(queryKey) ?? emptyOutboundTweets;
      return applyOutboundEvents(current, [{ type: 'list', tweets, agents, at: Date.now() }], cap, attribution);
    },
    staleTime: Infinity,
    // The data is not JSON: it shares structure between versions by itself.
    structuralSharing: false,
  });
}
