import type { ConnectionState } from '../../../gws/cometd';
import type { HeldUpdates } from '../../../shared/session/tweetFeed/heldUpdates';
import { formatCount } from '../model/timeFormat';

/**
 * What the header says about a notification connection. While Pause holds the list's updates,
 * "Live" would be untrue of what the screen shows: it says "Paused — N new" instead.
 */
export function connectionLabel(state: ConnectionState, held?: HeldUpdates): string {
  switch (state.status) {
    case 'connected':
      return held?.paused ? `Paused — ${formatCount(held.waitingTweets)} new` : 'Live';
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return `Reconnecting… (attempt ${state.attempt})`;
    case 'disconnected':
      return 'Offline';
  }
}
