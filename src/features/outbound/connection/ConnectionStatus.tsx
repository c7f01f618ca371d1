import { useId, useState, useSyncExternalStore } from 'react';
import type { NotificationClient } from '../../../gws/cometd';
import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';
import { useTweetFeedStatus } from '../../../shared/session/tweetFeed/useTweetFeedStatus';
import { ConnectionIndicator } from '../../../shared/ui/ConnectionIndicator';
import { formatClockTime } from '../model/timeFormat';
import { connectionLabel } from './connectionLabel';

interface ConnectionStatusProps {
  /** "Connection" (GWS) or "Team feed". */
  name: string;
  client: Pick<NotificationClient, 'onStateChange' | 'getState' | 'connect'>;
  feed: TweetFeed;
  /** This feed is the one the list shows: Pause is said here, and its counters are exposed. */
  showsList: boolean;
}

/**
 * One notification connection in the header: Live (or "Paused — N new" while the list is paused),
 * Reconnecting… (attempt N), Offline with Reconnect; the time of the last notification. Only the
 * state is a live region (the clock is not announced every second).
 */
export function ConnectionStatus({ name, client, feed, showsList }: ConnectionStatusProps) {
  const state = useSyncExternalStore(client.onStateChange, client.getState);
  const stats = useTweetFeedStatus(feed, (status) => status.stats);
  const held = useTweetFeedStatus(feed, (status) => status.held);
  const [reconnectError, setReconnectError] = useState<string | undefined>();
  const labelId = useId();
  const last = stats.lastNotificationAt;
  const counters = showsList ? { 'data-notifications-received': stats.received, 'data-notifications-ignored': stats.ignored } : {};

  const reconnect = () => {
    setReconnectError(undefined);
    client.connect().catch((error: unknown) => {
      setReconnectError(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    // The list's feed counters for tests and `npm run bench` (no global, no extra render: they come with the stats).
    <div className="live-connection" data-state={state.status} {...counters}>
      <div className="live-connection__state" role="status" aria-live="polite" aria-labelledby={labelId}>
        <span id={labelId} className="live-connection__label">
          {name}
        </span>
        <ConnectionIndicator state={showsList && held.paused && state.status === 'connected' ? 'paused' : state.status} />
        <span>{connectionLabel(state, showsList ? held : undefined)}</span>
      </div>
      <span className="live-connection__last">
        {last === undefined ? (
          'No notifications yet'
        ) : (
          <>
            Last notification <time dateTime={new Date(last).toISOString()}>{formatClockTime(last)}</time>
          </>
        )}
      </span>
      {state.status === 'disconnected' ? (
        <button type="button" className="live-connection__reconnect" onClick={reconnect}>
          Reconnect{name === 'Connection' ? '' : ` ${name.toLowerCase()}`}
        </button>
      ) : null}
      {reconnectError ? (
        <span className="live-connection__error" role="alert">
          Reconnect failed: {reconnectError}
        </span>
      ) : null}
    </div>
  );
}
