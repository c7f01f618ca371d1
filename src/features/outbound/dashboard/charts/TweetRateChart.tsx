import { useMemo, useState } from 'react';
import type { RatePlotSpec } from './ratePlot';
import { RateFigure } from './RateFigure';
import { errorColumns, errorSummary, stateColumns, stateSummary } from './rateSummary';
import { errorLabel, rateStates, type RateWindowMinutes, type WindowRates } from './tweetRates';
import { useThrottledValue } from '../../hooks/useThrottledValue';
import { WindowToggle } from './WindowToggle';
import './tweetRateChart.css';

export interface TweetRateChartProps {
  /** Tweets per minute over both windows, counted by the dashboard's pass over the tweets (dashboardFigures.ts). */
  rates: WindowRates;
}

/**
 * A redraw costs a frame: it happens at most once a second, however often new rates come;
 * choosing another window redraws at once (both windows are counted already).
 */
export const redrawIntervalMs = 1_000;

const stateSpec: RatePlotSpec = { kind: 'lines', labels: [...rateStates, errorLabel] };
const errorSpec: RatePlotSpec = { kind: 'bars', labels: [errorLabel] };

/** The supervisor's tweets per minute by state, and errors per minute, over 15 or 60 minutes. */
export function TweetRateChart({ rates: latest }: TweetRateChartProps) {
  const [minutes, setMinutes] = useState<RateWindowMinutes>(15);
  const rates = useThrottledValue(latest, redrawIntervalMs, { leading: false })[minutes];
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
