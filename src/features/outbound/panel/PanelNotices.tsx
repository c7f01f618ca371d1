import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';
import { useTweetFeedStatus } from '../../../shared/session/tweetFeed/useTweetFeedStatus';
import { formatCount } from '../model/timeFormat';

function counted(count: number, what: string): string | undefined {
  return count === 0 ? undefined : `${formatCount(count)} ${what}${count === 1 ? '' : 's'}`;
}

/**
 * "N notifications ignored" (and "N list items": tweets of a list read that did not fit, while the
 * rest of the list was used), with the last reason when expanded. Nothing while there are none.
 */
export function IgnoredNotice({ feed }: { feed: TweetFeed }) {
  const stats = useTweetFeedStatus(feed, (status) => status.stats);
  const parts = [counted(stats.ignored, 'notification'), counted(stats.ignoredListItems, 'list item')].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <details className="panel-note panel-note--warning ignored-notice">
      <summary>{parts.join(' and ')} ignored</summary>
      <p>
        Malformed or unrecognised notifications and list items change nothing in the list. Last reason:{' '}
        <code>{stats.lastIgnoredReason ?? 'unknown'}</code>
      </p>
    </details>
  );
}

/** The cap was reached: older entries were dropped. */
export function EvictionNote({ evicted, cap }: { evicted: number; cap: number }) {
  if (evicted === 0) return null;
  return (
    <p className="panel-note">
      Showing the newest {formatCount(cap)} tweets: {formatCount(evicted)} older {evicted === 1 ? 'one was' : 'ones were'} dropped
      (limit <code>outboundPanel.maxTweets</code> in config.json).
    </p>
  );
}

interface ListReadStatusProps {
  isPending: boolean;
  isFetching: boolean;
  error: Error | null;
  onRetry: () => void;
}

/** Reading `GET /api/v2/me/tweets`: at start, after a re-handshake, or failed (with Retry). */
export function ListReadStatus({ isPending, isFetching, error, onRetry }: ListReadStatusProps) {
  if (error && !isFetching) {
    return (
      <div className="panel-note panel-note--error" role="alert">
        Could not read the tweet list: {error.message}{' '}
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <p className="panel-status" role="status">
      {isPending ? 'Loading tweets…' : isFetching ? 'Re-reading the tweet list…' : ''}
    </p>
  );
}

/** Where the team feed is explained: shipped with the console (public/help). */
export const teamFeedHelpPath = '/help/team-feed.html';

/**
 * A supervisor without a team feed sees what GWS gives them: their own tweets. Said plainly, with
 * where to read how a team feed is set up; never called "the team".
 */
export function NoTeamFeedNote() {
  return (
    <p className="panel-note" role="note">
      Your tweets — no team feed is configured, so GWS shows only your own. <a href={teamFeedHelpPath}>How to set up a team feed</a>
    </p>
  );
}

/** What the list area says when no row is shown: nothing while the first read is pending. */
export function EmptyListNote({ isPending, total }: { isPending: boolean; total: number }) {
  if (isPending) return null;
  return <p className="outbound-panel__empty">{total === 0 ? 'No outbound tweets yet.' : 'No tweets match these filters.'}</p>;
}
