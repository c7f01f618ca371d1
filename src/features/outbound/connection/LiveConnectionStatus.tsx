import { useId, useState, useSyncExternalStore } from 'react';
import { ConnectionIndicator } from '../../../shared/ui/ConnectionIndicator';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { useTweetFeedStatus } from '../../../shared/session/tweetFeed/useTweetFeedStatus';
import { formatClockTime } from '../model/timeFormat';
import { connectionLabel } from './connectionLabel';
import './liveConnection.css';

/**
 * The header's connection indicator: Live, Reconnecting… (attempt N), Offline; the time of the last
 * notification; a Reconnect button when Offline. Only the state is a live region (the clock is
 * not announced every second).
 */
export function LiveConnectionStatus() {
  const { notifications } = useGwsSession();
  const state = useSyncExternalStore(notifications.onStateChange, notifications.getState);
  const stats = useTweetFeedStatus((status) => status.stats);
  const [reconnectError, setReconnectError] = useState<string | undefined>();
  const labelId = useId();
  const last = stats.lastNotificationAt;

  const reconnect = () => {
    setReconnectError(undefined);
    notifications.connect().catch((error: unknown) => {
      setReconnectError(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <div
      className="live-connection"
      data-state={state.status}
      // Feed counters for tests and `npm run bench` (no global, no extra render: they come with the stats).
      data-notifications-received={stats.received}
      data-notifications-ignored={stats.ignored}
    >
      <div className="live-connection__state" role="status" aria-live="polite" aria-labelledby={labelId}>
        <span id={labelId} className="live-connection__label">
          Connection
        </span>
        <ConnectionIndicator state={state.status} />
        <span>{connectionLabel(state)}</span>
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
          Reconnect
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
