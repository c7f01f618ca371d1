import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import type { AgentAttribution } from '../model/agentAttribution';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../model/outboundTweets';
import { outboundKeys } from '../query/outboundKeys';

/**
 * Keeps the outbound-tweets query current while the panel is mounted: each batch of the session's
 * tweet feed goes through the pure reducer into the cache in one `setQueryData` (once per frame at
 * most, whatever the message rate), and the feed's "read the list again" invalidates the query.
 */
export function useOutboundTweetsCache({ cap, attribution }: { cap: number; attribution: AgentAttribution }): void {
  const { tweetFeed, user } = useGwsSession();
  const queryClient = useQueryClient();
  const userName = user.userName;

  useEffect(() => {
    const tweetsKey = outboundKeys.tweets(userName, cap, attribution);
    return tweetFeed.connect({
      applyEvents(events) {
        const current = queryClient.getQueryData<OutboundTweets>(tweetsKey) ?? emptyOutboundTweets;
        const next = applyOutboundEvents(current, events, cap, attribution);
        if (next !== current) queryClient.setQueryData(tweetsKey, next);
      },
      resync(reason) {
        // After missed updates a read already on its way is recent enough; after a re-handshake it may not be.
        void queryClient.invalidateQueries({ queryKey: tweetsKey, exact: true }, { cancelRefetch: reason === 'reestablished' });
      },
    });
  }, [tweetFeed, queryClient, userName, cap, attribution]);
}
