import { formatCount } from '../../model/timeFormat';
import { errorLabel, type TweetRates } from './tweetRates';

/** One named row of counts per minute, as a chart draws it and a table lists it. */
export interface RateColumn {
  label: string;
  counts: readonly number[];
}

// One formatter: toLocale…String() would build a new one on every call.
const minuteTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Local wall-clock minute, e.g. "14:32". */
export function formatMinute(at: number): string {
  return minuteTime.format(at);
}

/** The state chart's columns: each state, then the errors. */
export function stateColumns(rates: TweetRates): RateColumn[] {
  return [...rates.series.map(({ state, counts }) => ({ label: state, counts })), { label: errorLabel, counts: rates.errors }];
}

/** The errors chart's one column. */
export function errorColumns(rates: TweetRates): RateColumn[] {
  return [{ label: errorLabel, counts: rates.errors }];
}

interface Peak {
  label: string;
  count: number;
  at: number;
}

/** The highest count of any column; on a tie the first column, earliest minute. */
function peakOf(columns: readonly RateColumn[], bucketStarts: readonly number[]): Peak | undefined {
  let peak: Peak | undefined;
  for (const { label, counts } of columns) {
    counts.forEach((count, i) => {
      if (count > (peak?.count ?? 0)) peak = { label, count, at: bucketStarts[i] ?? 0 };
    });
  }
  return peak;
}

/** "Last 15 minutes: 1,234 Sent, 5 Error; peak 210 Sent per minute at 14:32". */
export function stateSummary(rates: TweetRates): string {
  const columns = stateColumns(rates);
  const lead = `Last ${rates.bucketStarts.length} minutes: `;
  const totals = columns
    .map(({ label }) => ({ label, total: rates.totals[label] ?? 0 }))
    .filter(({ total }) => total > 0)
    .map(({ label, total }) => `${formatCount(total)} ${label}`);
  const peak = peakOf(columns, rates.bucketStarts);
  if (!peak) return `${lead}no tweet changed state and no error.`;
  return `${lead}${totals.join(', ')}; peak ${formatCount(peak.count)} ${peak.label} per minute at ${formatMinute(peak.at)}`;
}

/** "Last 15 minutes: 5 errors; peak 3 per minute at 14:32". */
export function errorSummary(rates: TweetRates): string {
  const lead = `Last ${rates.bucketStarts.length} minutes: `;
  const peak = peakOf(errorColumns(rates), rates.bucketStarts);
  if (!peak) return `${lead}no errors.`;
  const total = rates.totals[errorLabel] ?? 0;
  return `${lead}${formatCount(total)} ${total === 1 ? 'error' : 'errors'}; peak ${formatCount(peak.count)} per minute at ${formatMinute(peak.at)}`;
}

/** How many points above zero a chart of these columns draws (what an end-to-end test can check). */
export function nonZeroPoints(columns: readonly RateColumn[]): number {
  let points = 0;
  for (const { counts } of columns) for (const count of counts) if (count > 0) points += 1;
  return points;
}
