import { memo } from 'react';
import type { DraftText } from '../../../shared/session/draftTexts';
import { composingToSentMs, displayStateOf, fromAccountOf, isInbound, isStuck, stateSinceOf, stateTimeIsBound } from '../model/entryView';
import type { OutboundEntry } from '../model/outboundEntry';
import { queuePathOf } from '../model/queueView';
import { tweetColumns } from '../model/sortRows';
import { formatClockMinute, formatClockTime, formatDateTime, formatDuration } from '../model/timeFormat';
import { StateBadge } from '../panel/StateBadge';

export interface TweetTableRowProps {
  entry: OutboundEntry;
  /** 0-based position among the rows (the header is aria-rowindex 1). */
  index: number;
  /** Offset from the top of the rows (px). */
  top: number;
  now: number;
  stuckThresholdMs: number;
  selected: boolean;
  /** The column whose cell takes Tab (the grid's one tab stop), when it is in this row. */
  tabbableCol: number | undefined;
  queueLabel: (path: string | undefined) => string | undefined;
  draftText: DraftText | undefined;
}

/** One tweet on one line: state, time, From, agent, queue, message, Composing → Sent, userData count. */
export const TweetTableRow = memo(function TweetTableRow(props: TweetTableRowProps) {
  const { entry, index, top, now, stuckThresholdMs, selected, tabbableCol, queueLabel, draftText } = props;
  const { tweet } = entry;
  const state = displayStateOf(entry);
  const stuck = isStuck(entry, now, stuckThresholdMs);
  const since = stateSinceOf(entry);
  const bound = stateTimeIsBound(entry, tweet.state);
  const from = fromAccountOf(tweet) ?? draftText?.from;
  const message = tweet.message ?? tweet.subject ?? draftText?.message;
  const sentAfter = composingToSentMs(entry);
  const userDataKeys = tweet.userData ? Object.keys(tweet.userData).length : 0;
  const tabIndexOf = (column: (typeof tweetColumns)[number]) => (tweetColumns.indexOf(column) === tabbableCol ? 0 : -1);

  return (
    <div
      role="row"
      className="tweet-table__row"
      style={{ transform: `translateY(${top}px)` }}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-tweet-id={entry.id}
      data-state={state}
      data-stuck={stuck || undefined}
    >
      <div role="gridcell" data-col={0} tabIndex={tabIndexOf('state')} className="tweet-table__cell tweet-table__state">
        <StateBadge state={state} />
        {stuck ? <span className="stuck-flag">Stuck</span> : null}
        {isInbound(tweet) ? <span className="direction-flag">Inbound</span> : null}
      </div>
      <div role="gridcell" data-col={1} tabIndex={tabIndexOf('time')} className="tweet-table__cell tweet-table__number">
        {/* The clock time of the state shown; a state a list read found already there began "before" it (to the minute). */}
        {bound ? 'before ' : null}
        <time dateTime={new Date(since).toISOString()} title={formatDateTime(since)}>
          {bound ? formatClockMinute(since) : formatClockTime(since)}
        </time>
      </div>
      <div role="gridcell" data-col={2} tabIndex={tabIndexOf('from')} className="tweet-table__cell">
        {from ? `@${from.replace(/^@/, '')}` : null}
      </div>
      <div role="gridcell" data-col={3} tabIndex={tabIndexOf('agent')} className="tweet-table__cell">
        {entry.agent}
      </div>
      <div role="gridcell" data-col={4} tabIndex={tabIndexOf('queue')} className="tweet-table__cell">
        {queueLabel(queuePathOf(tweet))}
      </div>
      <div role="gridcell" data-col={5} tabIndex={tabIndexOf('message')} className="tweet-table__cell tweet-table__message">
        {entry.error ? <span className="tweet-table__error">Error: {entry.error.message} · </span> : null}
        {message ?? <span className="tweet-table__muted">(no text yet)</span>}
      </div>
      <div role="gridcell" data-col={6} tabIndex={tabIndexOf('composingToSent')} className="tweet-table__cell tweet-table__number">
        {sentAfter === undefined ? null : formatDuration(sentAfter)}
      </div>
      <div role="gridcell" data-col={7} tabIndex={tabIndexOf('userData')} className="tweet-table__cell tweet-table__number">
        {userDataKeys}
      </div>
    </div>
  );
});
