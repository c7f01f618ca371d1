import { composingToSentMs, displayStateOf, fromAccountOf, isStuck, tweetLinkOf } from '../../model/entryView';
import type { OutboundEntry } from '../../model/outboundEntry';
import type { StuckRule } from '../../model/selectRows';

/**
 * The columns of the export. There is no queue column: a tweet carries no queue (the tweet
 * resource has none, and the console writes none into userData; Create's `queuePath` is not
 * read back), so it would always be empty.
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
] as const;

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
export function tweetCsvValues(entry: OutboundEntry, { now, thresholdMs }: StuckRule): string[] {
  const { tweet } = entry;
  const composingToSent = composingToSentMs(entry);
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
  ];
}

const lineEnd = '\r\n';

/**
 * The rows as CSV (RFC 4180): a header line, then one line per tweet in the order given, every
 * line ended by CRLF. Safe to open in a spreadsheet: see `csvCell`.
 */
export function tweetsCsv(rows: Iterable<OutboundEntry>, options: StuckRule): string {
  const lines = [tweetsCsvHeader.map(csvCell).join(',')];
  for (const entry of rows) lines.push(tweetCsvValues(entry, options).map(csvCell).join(','));
  return lines.join(lineEnd) + lineEnd;
}
