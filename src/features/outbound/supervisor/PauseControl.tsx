import type { LiveUpdates } from '../hooks/useTwitterNotifications';
import { formatCount } from '../model/timeFormat';

/**
 * Pause / Resume live updates. While paused the list stands still and "N new" counts the tweets
 * with updates waiting; Resume applies them all at once.
 */
export function PauseControl({ live }: { live: LiveUpdates }) {
  return (
    <div className="pause-control">
      <button type="button" aria-pressed={live.paused} onClick={live.paused ? live.resume : live.pause}>
        {live.paused ? 'Resume live updates' : 'Pause live updates'}
      </button>
      {live.paused ? (
        <span className="new-badge" data-testid="waiting-updates">
          {formatCount(live.waitingTweets)} new
        </span>
      ) : null}
      {live.autoResumed ? (
        <span className="pause-control__note" role="status">
          Live updates resumed by themselves: too many updates were waiting.
        </span>
      ) : null}
    </div>
  );
}
