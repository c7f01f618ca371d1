import { lazy, Suspense } from 'react';
import type { TweetRateChartProps } from './TweetRateChart';

const TweetRateChart = lazy(() => import('./TweetRateChart').then(({ TweetRateChart: chart }) => ({ default: chart })));

/** The tweet-rate charts as their own chunk, loaded on first render (uPlot is a further chunk). */
export function LazyTweetRateChart(props: TweetRateChartProps) {
  return (
    <Suspense
      fallback={
        <p className="app-loading" role="status">
          Loading the tweet-rate charts…
        </p>
      }
    >
      <TweetRateChart {...props} />
    </Suspense>
  );
}
