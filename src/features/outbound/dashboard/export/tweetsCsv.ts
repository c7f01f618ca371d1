import { composingToSentMs, displayStateOf, fromAccountOf, isStuck, tweetLinkOf } from '../../model/entryView';
import type { OutboundEntry } from '../../model/outboundEntry';
import { queuePathOf, type QueueLabel } from '../../model/queueView';
import type { StuckRule } from '../../model/selectRows';

/**
 * The columns of the export. `queue` comes last, so the columns before it keep their places for
 * readers of earlier exports; it is the queue the console wrote into Create's userData (see
 * queueView.ts), empty for a tweet made elsewhere.
 */
export const tweetsCsvHeader = [
  'id',
  'state',
  'stuck',
  'agent',
  'from',
  'created',
  'sent',
  'composing_to_sent_s',
  'error',
  'message',
  'twitter_link',
  'queue',
] as const;

export interface TweetsCsvOptions extends StuckRule {
  /** Names a queue path (config.json's queue names); without it the queue column has the path. */
  queueLabel?: QueueLabel;
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`), and
 * TAB and CR, which some spreadsheets skip before looking (OWASP, "CSV Injection").
 */
const formulaStart = /^[=+\-@\t\r]/;
/** A field with one of these must be quoted (RFC 4180 §2.6). */
const needsQuotes = /[",\r\n]/;

/**
 * A cell as written: a cell that would start a formula gets a leading `'`, which spreadsheets show
 * as text (the value itself is kept after it); then RFC 4180 quoting, `"` doubled.
 *
 * Every cell goes through this, ours too: no number we write is ever negative (a duration is
 * clamped at 0, times are ISO dates of our era), so no figure of ours gets a `'` by mistake.
 */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** ISO 8601 in UTC; empty when unknown (and never a RangeError on a time that is no time). */
function isoTime(at: number | undefined): string {
  return at === undefined || !Number.isFinite(at) ? '' : new Date(at).toISOString();
}

/** One tweet's cells, in header order, before any quoting. */
export function tweetCsvValues(entry: OutboundEntry, { now, thresholdMs, queueLabel }: TweetsCsvOptions): string[] {
  const { tweet } = entry;
  const composingToSent = composingToSentMs(entry);
  const queuePath = queuePathOf(tweet);
  return [
    entry.id,
    displayStateOf(entry),
    isStuck(entry, now, thresholdMs) ? 'yes' : 'no',
    entry.agent ?? '',
    fromAccountOf(tweet) ?? '',
    isoTime(entry.firstSeen),
    isoTime(entry.stateTimes.Sent),
    composingToSent === undefined ? '' : (composingToSent / 1000).toFixed(3),
    entry.error?.message ?? '',
    tweet.message ?? '',
    tweetLinkOf(tweet) ?? '',
    (queueLabel === undefined ? queuePath : queueLabel(queuePath)) ?? '',
  ];
}

const lineEnd = '\r\n';

/**
 * The rows as CSV (RFC 4180): a header line, then one line per tweet in the order given, every
 * line ended by CRLF. Safe to open in a spreadsheet: see `csvCell`.
 */
export function tweetsCsv(rows: Iterable<OutboundEntry>, options: TweetsCsvOptions): string {
  const lines = [tweetsCsvHeader.map(csvCell).join(',')];
  for (const entry of rows) lines.push(tweetCsvValues(entry, options).map(csvCell).join(','));
  return lines.join(lineEnd) + lineEnd;
}
