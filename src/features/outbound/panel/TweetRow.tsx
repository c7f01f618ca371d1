import { memo, useId, type Ref } from 'react';
import {
  composingToSentMs, displayNameOf, displayStateOf, fromAccountOf, isInbound, isStuck, profileImageUrlOf,
  screenNameOf, stateSinceOf, stateTimeIsBound, tweetLinkOf, userDataFlag,
} from '../model/entryView';
import type { DraftText } from '../../../shared/session/draftTexts';
import type { OutboundEntry } from '../model/outboundEntry';
import { formatClockTime, formatDateTime, formatDuration, formatRelativeTime } from '../model/timeFormat';
import { ClippedText } from './ClippedText';
import { ProfileImage } from './ProfileImage';
import { hasRowActions, RowActions } from './RowActions';
import { StateBadge } from './StateBadge';
import { UserDataTable } from './UserDataTable';

export interface TweetRowProps {
  entry: OutboundEntry;
  /** 0-based position in the list, and the list's length (aria-posinset / aria-setsize). */
  index: number;
  count: number;
  now: number;
  stuckThresholdMs: number;
  userDataOpen: boolean;
  onToggleUserData: (id: string) => void;
  /** What this console is sending on this draft, while GWS has no text for it. */
  draftText: DraftText | undefined;
  /** The user may act on this tweet (their own): its capabilities' actions are offered. */
  mayAct: boolean;
  /** Offset from the top of the virtual list (px), and the list's measuring ref. */
  start: number;
  rowRef: Ref<HTMLElement>;
}

function yesNo(flag: boolean | undefined): string | undefined {
  return flag === undefined ? undefined : flag ? 'yes' : 'no';
}

/** One outbound tweet: who, from which account, what, its state and times, and its userData. */
export const TweetRow = memo(function TweetRow(props: TweetRowProps) {
  const { entry, index, count, now, stuckThresholdMs, userDataOpen, onToggleUserData, start, rowRef, draftText, mayAct } = props;
  const { tweet } = entry;
  const titleId = useId();
  const tableId = useId();
  const state = displayStateOf(entry);
  const from = fromAccountOf(tweet) ?? draftText?.from;
  const screenName = screenNameOf(tweet) ?? from?.replace(/^@/, '');
  const displayName = displayNameOf(tweet);
  const { agent } = entry;
  const stuck = isStuck(entry, now, stuckThresholdMs);
  const since = stateSinceOf(entry);
  const sinceIsBound = stateTimeIsBound(entry, tweet.state);
  const sentAfter = composingToSentMs(entry);
  const link = tweetLinkOf(tweet);
  const follower = yesNo(userDataFlag(tweet, '_twitterContactIsFollower'));
  const friend = yesNo(userDataFlag(tweet, '_twitterContactIsFriend'));
  const message = tweet.message ?? tweet.subject ?? draftText?.message;
  const userDataKeys = tweet.userData ? Object.keys(tweet.userData).length : 0;
  const label = `${displayName ?? (screenName ? `@${screenName}` : `Tweet ${tweet.id}`)}, ${state}`;

  return (
    <article
      ref={rowRef}
      style={{ transform: `translateY(${start}px)` }}
      data-index={index}
      data-state={state}
      data-stuck={stuck || undefined}
      className="tweet-row"
      aria-posinset={index + 1}
      aria-setsize={count}
      aria-labelledby={titleId}
      // The feed pattern: each article of a feed takes the focus, for Page Down / Page Up.
      // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- see above
      tabIndex={0}
    >
      <ProfileImage url={profileImageUrlOf(tweet)} screenName={screenName} />
      <div className="tweet-row__body">
        <h3 className="tweet-row__title" id={titleId}>
          <span className="tweet-row__name">{displayName ?? (screenName ? `@${screenName}` : 'Draft')}</span>
          {screenName && displayName ? <span className="tweet-row__screen-name">@{screenName}</span> : null}
          <StateBadge state={state} />
          {stuck ? <span className="stuck-flag">Stuck</span> : null}
          {isInbound(tweet) ? <span className="direction-flag">Inbound</span> : null}
        </h3>
        <p className="tweet-row__message">
          {message === undefined ? <span className="tweet-row__muted">(no text yet)</span> : <ClippedText text={message} />}
          {draftText && message === draftText.message ? <span className="tweet-row__muted"> (being sent from this console)</span> : null}
        </p>
        {entry.error ? (
          <p className="tweet-row__error">
            Error: <ClippedText text={entry.error.message} />
          </p>
        ) : null}
        <p className="tweet-row__meta">
          {from ? <span>From @{from.replace(/^@/, '')}</span> : null}
          {agent ? <span>Agent {agent}</span> : null}
          <span>
            {state}{' '}
            {sinceIsBound ? 'before ' : null}
            <time dateTime={new Date(since).toISOString()} title={formatDateTime(since)}>
              {/* The clock time is always in sight (a supervisor compares rows by it), not only on hover. */}
              {sinceIsBound ? formatClockTime(since) : `${formatRelativeTime(since, now)} (${formatClockTime(since)})`}
            </time>
          </span>
          {sentAfter !== undefined ? <span>Composing → Sent in {formatDuration(sentAfter)}</span> : null}
          {follower ? <span>Follower: {follower}</span> : null}
          {friend ? <span>Friend: {friend}</span> : null}
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer" aria-label={`Open tweet ${tweet.id}`}>
              Open tweet
            </a>
          ) : null}
        </p>
        <div className="tweet-row__footer">
          {mayAct && hasRowActions(tweet) ? <RowActions tweet={tweet} label={label} /> : null}
          {userDataKeys > 0 ? (
            <button
              type="button"
              className="userdata-toggle"
              aria-expanded={userDataOpen}
              aria-controls={userDataOpen ? tableId : undefined}
              onClick={() => onToggleUserData(entry.id)}
            >
              userData ({userDataKeys})
            </button>
          ) : null}
        </div>
        {userDataOpen && tweet.userData ? <UserDataTable id={tableId} userData={tweet.userData} tweetId={tweet.id} /> : null}
      </div>
    </article>
  );
});
