import { useId, useMemo, useState } from 'react';
import type { RatePlotSpec } from './ratePlot';
import { nonZeroPoints, type RateColumn } from './rateSummary';
import { RateTable } from './RateTable';
import { useRatePlot } from './useRatePlot';

interface RateFigureProps {
  title: string;
  summary: string;
  spec: RatePlotSpec;
  bucketStarts: readonly number[];
  columns: readonly RateColumn[];
}

/**
 * One chart with its text equivalent: the caption names it, the summary describes it, and the
 * table (for screen readers, or on screen with "Show as table") lists what it draws. The figure's
 * `data-chart` says whether the chart is drawn, `data-points` how many points above zero it shows.
 */
export function RateFigure({ title, summary, spec, bucketStarts, columns }: RateFigureProps) {
  const captionId = useId();
  const summaryId = useId();
  const [tableShown, setTableShown] = useState(false);
  const input = useMemo(() => ({ bucketStarts, columns }), [bucketStarts, columns]);
  const { containerRef, status } = useRatePlot(spec, input);
  return (
    <figure
      className="rate-figure"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
      data-chart={status}
      data-points={status === 'drawn' ? nonZeroPoints(columns) : undefined}
    >
      <figcaption id={captionId} className="rate-figure__caption">
        {title}
      </figcaption>
      <p id={summaryId} className="rate-figure__summary">
        {summary}
      </p>
      {/* The canvas repeats the table below, which is what assistive technology reads. */}
      <div ref={containerRef} className="rate-figure__plot" aria-hidden="true" />
      {status === 'failed' ? (
        <p className="rate-figure__failure">The chart could not be loaded; the table below has the same numbers.</p>
      ) : (
        <button type="button" className="rate-figure__table-toggle" aria-pressed={tableShown} onClick={() => setTableShown((shown) => !shown)}>
          Show as table
        </button>
      )}
      <RateTable caption={`${title}, newest minute first`} bucketStarts={bucketStarts} columns={columns} shown={tableShown || status === 'failed'} />
    </figure>
  );
}
