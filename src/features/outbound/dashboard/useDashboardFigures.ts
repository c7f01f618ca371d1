import { useEffect, useMemo, useState } from 'react';
import { useThrottledValue } from '../hooks/useThrottledValue';
import type { OutboundTweets } from '../model/outboundTweets';
import type { DashboardFigures } from './dashboardFigures';
import { FiguresRunner } from './slicedFigures';

/** How often the figures over every tweet (per agent, charts, alerts) are computed again. */
export const figuresIntervalMs = 1_000;

/**
 * How long one slice of the figures' pass may run: well inside a frame, so that neither the list's
 * frames nor the long-task budget (50 ms) feel it; 100,000 tweets take a few slices.
 */
export const figuresSliceMs = 8;

/**
 * Every figure of the supervisor's dashboard over the list's tweets: a sample of the tweets and the
 * time at most once a second, then one pass over the sample for all the figures, in slices of
 * `figuresSliceMs` (see slicedFigures.ts). Undefined until the first pass is done; afterwards the
 * latest figures stay until the next pass is done. `roster` undefined: no per-agent figures.
 */
export function useDashboardFigures(data: OutboundTweets, now: number, thresholdMs: number, roster: readonly string[] | undefined): DashboardFigures | undefined {
  const latest = useMemo(() => ({ entries: data.entries, now }), [data.entries, now]);
  const sampled = useThrottledValue(latest, figuresIntervalMs);
  const [figures, setFigures] = useState<DashboardFigures>();
  const [runner] = useState(() => new FiguresRunner(setFigures, { budgetMs: figuresSliceMs }));

  useEffect(() => {
    runner.request(sampled.entries, { now: sampled.now, thresholdMs, roster });
  }, [runner, sampled, thresholdMs, roster]);
  useEffect(() => () => runner.stop(), [runner]);

  return figures;
}
