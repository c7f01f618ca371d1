import { lazy, Suspense } from 'react';
import type { TweetRateChartProps } from './TweetRateChart';

const TweetRateChart = lazy(() => import('./TweetRateChart').then(({ TweetRateChart: chart }) => ({ default: chart })));

const loading = (
  <p className="app-loading" role="status">
    Loading the tweet-rate charts…
  </p>
);

/**
 * The tweet-rate charts as their own chunk, loaded on first render (uPlot is a further chunk);
 * "loading" too until the first rates are counted.
 */
export function LazyTweetRateChart({ rates }: { rates: TweetRateChartProps['rates'] | undefined }) {
  if (!rates) return loading;
  return (
    <Suspense fallback={loading}>
      <TweetRateChart rates={rates} />
    </Suspense>
  );
}
