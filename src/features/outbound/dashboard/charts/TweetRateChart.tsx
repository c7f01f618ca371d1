import { useMemo, useState } from 'react';
import type { OutboundTweets } from '../../model/outboundTweets';
import type { RatePlotSpec } from './ratePlot';
import { RateFigure } from './RateFigure';
import { errorColumns, errorSummary, stateColumns, stateSummary } from './rateSummary';
import { errorLabel, rateStates, tweetRates, type RateWindowMinutes } from './tweetRates';
import { useThrottledValue } from '../../hooks/useThrottledValue';
import { WindowToggle } from './WindowToggle';
import './tweetRateChart.css';

export interface TweetRateChartProps {
  data: OutboundTweets;
  /** The current time (ms); the last minute of the charts is the one it falls in. */
  now: number;
}

/**
 * Counting is O(entries) and a redraw costs a frame: both happen at most once a second, however
 * often the list changes (up to every frame); choosing another window redraws at once.
 */
export const redrawIntervalMs = 1_000;

const stateSpec: RatePlotSpec = { kind: 'lines', labels: [...rateStates, errorLabel] };
const errorSpec: RatePlotSpec = { kind: 'bars', labels: [errorLabel] };

/** The supervisor's tweets per minute by state, and errors per minute, over 15 or 60 minutes. */
export function TweetRateChart({ data, now }: TweetRateChartProps) {
  const [minutes, setMinutes] = useState<RateWindowMinutes>(15);
  const latest = useMemo(() => ({ entries: data.entries, now }), [data.entries, now]);
  const sampled = useThrottledValue(latest, redrawIntervalMs, { leading: false });
  const rates = useMemo(() => tweetRates(sampled.entries.values(), { now: sampled.now, minutes }), [sampled, minutes]);
  const states = useMemo(() => stateColumns(rates), [rates]);
  const errors = useMemo(() => errorColumns(rates), [rates]);
  return (
    <div className="tweet-rates" role="group" aria-label="Tweet rates">
      <WindowToggle minutes={minutes} onChange={setMinutes} />
      <RateFigure title="Tweets per minute by state" summary={stateSummary(rates)} spec={stateSpec} bucketStarts={rates.bucketStarts} columns={states} />
      <RateFigure title="Errors per minute" summary={errorSummary(rates)} spec={errorSpec} bucketStarts={rates.bucketStarts} columns={errors} />
    </div>
  );
}
