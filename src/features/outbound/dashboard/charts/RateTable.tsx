import { formatCount } from '../../model/timeFormat';
import { formatMinute, type RateColumn } from './rateSummary';
import { sum } from './tweetRates';

interface RateTableProps {
  caption: string;
  bucketStarts: readonly number[];
  columns: readonly RateColumn[];
  /** Shown on screen; otherwise only screen readers get it (it is the chart's text equivalent). */
  shown: boolean;
}

/** The counts a chart draws, one row per minute, newest first, and the totals. */
export function RateTable({ caption, bucketStarts, columns, shown }: RateTableProps) {
  const newestFirst = bucketStarts.map((at, index) => ({ at, index })).reverse();
  return (
    // Hidden through a 1-pixel wrapper: a table ignores a small width, and would overflow the page.
    <div className={shown ? undefined : 'visually-hidden'} data-testid="rate-table-frame">
      <table className="rate-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Minute</th>
            {columns.map(({ label }) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map(({ at, index }) => (
            <tr key={at}>
              <th scope="row">
                <time dateTime={new Date(at).toISOString()}>{formatMinute(at)}</time>
              </th>
              {columns.map(({ label, counts }) => (
                <td key={label}>{formatCount(counts[index] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {columns.map(({ label, counts }) => (
              <td key={label}>{formatCount(sum(counts))}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
