import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useRuntimeConfig } from '../../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { createOutboundFeed, type PauseSnapshot } from '../feed/outboundFeed';
import type { AgentAttribution } from '../model/agentAttribution';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../model/outboundTweets';
import { outboundKeys } from '../query/outboundKeys';

export interface LiveUpdates extends PauseSnapshot {
  pause(): void;
  resume(): void;
}

/**
 * Subscribes to the session's tweet notifications and keeps the outbound-tweets query current:
 * one `setQueryData` through the pure reducer per animation frame, whatever the message rate.
 * Re-reads the list after every re-handshake and after a Reconnect from Offline (notifications sent
 * meanwhile are lost); merges every other list read of the session too. Returns the Pause / Resume controls.
 */
export function useTwitterNotifications({ cap, attribution }: { cap: number; attribution: AgentAttribution }): LiveUpdates {
  const { notifications, tweetLists, user } = useGwsSession();
  const { channel } = useRuntimeConfig();
  const queryClient = useQueryClient();
  const userName = user.userName;

  const feed = useMemo(() => {
    const tweetsKey = outboundKeys.tweets(userName, cap, attribution);
    return createOutboundFeed({
      notifications,
      tweetLists,
      tweetChannel: channel,
      applyEvents(events) {
        const current = queryClient.getQueryData<OutboundTweets>(tweetsKey) ?? emptyOutboundTweets;
        const next = applyOutboundEvents(current, events, cap, attribution);
        if (next !== current) queryClient.setQueryData(tweetsKey, next);
      },
      resync: () => void queryClient.invalidateQueries({ queryKey: tweetsKey, exact: true }),
      publishStats: (stats) => queryClient.setQueryData(outboundKeys.feedStats(userName), stats),
    });
  }, [notifications, tweetLists, queryClient, userName, cap, channel, attribution]);

  useEffect(() => feed.start(), [feed]);

  const pauseState = useSyncExternalStore(feed.onPauseChange, feed.getPauseSnapshot);
  return useMemo(() => ({ ...pauseState, pause: feed.pause, resume: feed.resume }), [pauseState, feed]);
}
