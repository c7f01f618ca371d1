import { useId } from 'react';
import type { DraftText } from '../../../shared/session/draftTexts';
import {
  composingToSentMs, displayNameOf, displayStateOf, fromAccountOf, isStuck, profileImageUrlOf, screenNameOf, stateTimeIsBound, tweetLinkOf, userDataFlag,
} from '../model/entryView';
import type { OutboundEntry } from '../model/outboundEntry';
import { queuePathOf } from '../model/queueView';
import { formatDateTime, formatDuration } from '../model/timeFormat';
import { ClippedText } from '../panel/ClippedText';
import { ProfileImage } from '../panel/ProfileImage';
import { hasRowActions, RowActions } from '../panel/RowActions';
import { StateBadge } from '../panel/StateBadge';
import { UserDataTable } from '../panel/UserDataTable';

interface TweetDetailProps {
  entry: OutboundEntry;
  now: number;
  stuckThresholdMs: number;
  /** The user may act on it (their own tweet): its capabilities' actions are offered. */
  mayAct: boolean;
  queueLabel: (path: string | undefined) => string | undefined;
  draftText: DraftText | undefined;
  onClose: () => void;
}

const flagWords = (flag: boolean | undefined) => (flag === undefined ? undefined : flag ? 'yes' : 'no');

/** The selected tweet in full: text, profile image, who, when each state was seen, userData, actions. */
export function TweetDetail({ entry, now, stuckThresholdMs, mayAct, queueLabel, draftText, onClose }: TweetDetailProps) {
  const headingId = useId();
  const tableId = useId();
  const { tweet } = entry;
  const state = displayStateOf(entry);
  const from = fromAccountOf(tweet) ?? draftText?.from;
  const screenName = screenNameOf(tweet) ?? from?.replace(/^@/, '');
  const displayName = displayNameOf(tweet);
  const message = tweet.message ?? tweet.subject ?? draftText?.message;
  const sentAfter = composingToSentMs(entry);
  const link = tweetLinkOf(tweet);
  const facts: [string, string | undefined][] = [
    ['From', from ? `@${from.replace(/^@/, '')}` : undefined],
    ['Agent', entry.agent],
    ['Queue', queueLabel(queuePathOf(tweet))],
    ['Composing → Sent', sentAfter === undefined ? undefined : formatDuration(sentAfter)],
    ['Follower', flagWords(userDataFlag(tweet, '_twitterContactIsFollower'))],
    ['Friend', flagWords(userDataFlag(tweet, '_twitterContactIsFriend'))],
    ['Tweet id', tweet.id],
  ];
  const label = `${displayName ?? (screenName ? `@${screenName}` : `Tweet ${tweet.id}`)}, ${state}`;

  return (
    <section className="tweet-detail" aria-labelledby={headingId}>
      <div className="tweet-detail__head">
        <ProfileImage url={profileImageUrlOf(tweet)} screenName={screenName} />
        <h3 id={headingId} className="tweet-detail__title">
          <span className="tweet-detail__name">{displayName ?? (screenName ? `@${screenName}` : 'Draft')}</span>
          {screenName && displayName ? <span className="tweet-detail__name tweet-detail__muted">@{screenName}</span> : null}
          <span className="visually-hidden">, selected tweet</span>
        </h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="tweet-detail__state">
        <StateBadge state={state} />
        {isStuck(entry, now, stuckThresholdMs) ? <span className="stuck-flag">Stuck</span> : null}
      </p>
      {entry.error ? (
        <p className="tweet-detail__error">
          Error: <ClippedText text={entry.error.message} />
        </p>
      ) : null}
      <p className="tweet-detail__message">{message === undefined ? <span className="tweet-detail__muted">(no text yet)</span> : <ClippedText text={message} />}</p>
      <dl className="tweet-detail__facts">
        {facts.map(([name, value]) =>
          value === undefined ? null : (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <ClippedText text={value} />
              </dd>
            </div>
          ),
        )}
        {Object.entries(entry.stateTimes).map(([seenState, at]) => (
          <div key={seenState}>
            <dt>{seenState}</dt>
            <dd>
              {stateTimeIsBound(entry, seenState) ? 'before ' : null}
              <time dateTime={new Date(at).toISOString()}>{formatDateTime(at)}</time>
            </dd>
          </div>
        ))}
      </dl>
      {link ? (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open tweet on Twitter
          </a>
        </p>
      ) : null}
      {mayAct && hasRowActions(tweet) ? <RowActions tweet={tweet} label={label} /> : null}
      {tweet.userData && Object.keys(tweet.userData).length > 0 ? <UserDataTable id={tableId} userData={tweet.userData} tweetId={tweet.id} /> : null}
    </section>
  );
}
