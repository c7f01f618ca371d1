import { queryOptions } from '@tanstack/react-query';
import type { GwsHttpClient } from '../../../gws/http';
import { outboundKeys } from './outboundKeys';
import type { AgentAttribution } from '../model/agentAttribution';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../model/outboundTweets';

export interface OutboundTweetsQueryInput {
  userName: string;
  http: Pick<GwsHttpClient, 'listTweets'>;
  /** Most entries kept; older ones are dropped. */
  cap: number;
  attribution: AgentAttribution;
}

/**
 * The outbound tweets: `GET /api/v2/me/tweets?fields=*` merged into what notifications already put
 * in the cache (never replacing it: a tweet known only from a notification stays). Fetched at
 * start and again after every re-handshake (invalidated by the feed); notifications keep it
 * current in between, so it never goes stale on its own.
 */
export function outboundTweetsQuery({ userName, http, cap, attribution }: OutboundTweetsQueryInput) {
  return queryOptions({
    queryKey: outboundKeys.tweets(userName, cap, attribution),
    queryFn: async ({ client, signal, queryKey }): Promise<OutboundTweets> => {
      // Unreadable items are counted by the feed, which sees every list read of the session.
      const { tweets } = await http.listTweets({ signal });
      // Read the cache only now: notifications written while the list was on its way are kept.
      const current = client.getQueryData<OutboundTweets>(queryKey) ?? emptyOutboundTweets;
      return applyOutboundEvents(current, [{ type: 'list', tweets, at: Date.now() }], cap, attribution);
    },
    staleTime: Infinity,
    // The data is not JSON: it shares structure between versions by itself.
    structuralSharing: false,
  });
}
