import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';
import { useTweetFeedStatus } from '../../../shared/session/tweetFeed/useTweetFeedStatus';
import { formatCount } from '../model/timeFormat';

/**
 * Pause / Resume live updates. While paused the list stands still and "N new" counts the tweets
 * with updates waiting; Resume applies them all at once.
 */
export function PauseControl({ feed }: { feed: TweetFeed }) {
  const held = useTweetFeedStatus(feed, (status) => status.held);
  return (
    <div className="pause-control">
      <button type="button" aria-pressed={held.paused} onClick={held.paused ? feed.resume : feed.pause}>
        {held.paused ? 'Resume live updates' : 'Pause live updates'}
      </button>
      {held.paused ? (
        <span className="new-badge" data-testid="waiting-updates">
          {formatCount(held.waitingTweets)} new
        </span>
      ) : null}
      {held.autoResumed ? (
        <span className="pause-control__note" role="status">
          Live updates resumed by themselves: too many updates were waiting.
        </span>
      ) : null}
    </div>
  );
}
