import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import type { AgentAttribution } from '../model/agentAttribution';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../model/outboundTweets';
import type { TweetSource } from '../model/tweetSource';
import { outboundKeys } from '../query/outboundKeys';
import { reportTweetsApplied } from './tweetsAppliedObserver';

/**
 * Keeps the outbound-tweets query current while the panel is mounted: each batch of the source's
 * feed goes through the pure reducer into the cache in one `setQueryData` (once per frame at most,
 * whatever the message rate), and the feed's "read the list again" invalidates the query.
 * After each write the benchmark's observer, when one is installed, is told what was applied
 * ([ours, for the benchmark]: tweetsAppliedObserver.ts; without it, one global read per batch).
 */
export function useOutboundTweetsCache({ source, cap, attribution }: { source: TweetSource; cap: number; attribution: AgentAttribution }): void {
  const { user } = useGwsSession();
  const queryClient = useQueryClient();
  const userName = user.userName;

  useEffect(() => {
    const tweetsKey = outboundKeys.tweets(userName, source.scope, cap, attribution);
    const readCache = () => queryClient.getQueryData<OutboundTweets>(tweetsKey);
    return source.feed.connect({
      applyEvents(events) {
        const current = queryClient.getQueryData<OutboundTweets>(tweetsKey) ?? emptyOutboundTweets;
        const next = applyOutboundEvents(current, events, cap, attribution);
        if (next !== current) queryClient.setQueryData(tweetsKey, next);
        reportTweetsApplied(events, readCache);
      },
      resync(reason) {
        // After missed updates a read already on its way is recent enough; after a re-handshake it may not be.
        void queryClient.invalidateQueries({ queryKey: tweetsKey, exact: true }, { cancelRefetch: reason === 'reestablished' });
      },
    });
  }, [source, queryClient, userName, cap, attribution]);
}
