import type { RowSelection } from '../../model/selectRows';
import type { OutboundEntry } from '../../model/outboundEntry';
import { formatCount } from '../../model/timeFormat';
import { tweetsCsv, type TweetsCsvOptions } from './tweetsCsv';

interface ExportCsvButtonProps extends TweetsCsvOptions {
  /** The list as it is shown: its filters, its order (newest first). */
  selection: RowSelection;
  /** The count the label shows: the panel's, redrawn at most 4 times a second (useShownCounts). */
  shownCount: number;
}

/** The rows of a selection in display order, read one by one (no copy of a 100,000-row list). */
function* rowsOf(selection: RowSelection): Generator<OutboundEntry> {
  for (let i = 0; i < selection.count; i += 1) {
    const entry = selection.at(i);
    if (entry) yield entry;
  }
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `outbound-tweets-20261125-1403.csv`, in local time: the time on the supervisor's clock. */
export function csvFileName(at: number): string {
  const d = new Date(at);
  const day = `${d.getFullYear()}${twoDigits(d.getMonth() + 1)}${twoDigits(d.getDate())}`;
  return `outbound-tweets-${day}-${twoDigits(d.getHours())}${twoDigits(d.getMinutes())}.csv`;
}

/** A UTF-8 byte order mark: without it, Excel reads the file as ANSI and garbles accents. */
const byteOrderMark = '\uFEFF';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([byteOrderMark, text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has already resolved the URL to its Blob (URL parsing does): it can go now.
    URL.revokeObjectURL(url);
  }
}

/** Downloads the tweets of the list as it is shown (filters and order) as a CSV file. */
export function ExportCsvButton({ selection, shownCount: count, now, thresholdMs, queueLabel }: ExportCsvButtonProps) {
  return (
    <button
      type="button"
      className="export-csv-button"
      disabled={selection.count === 0}
      onClick={() => download(tweetsCsv(rowsOf(selection), { now, thresholdMs, queueLabel }), csvFileName(now))}
    >
      Export CSV ({formatCount(count)} {count === 1 ? 'tweet' : 'tweets'})
    </button>
  );
}
