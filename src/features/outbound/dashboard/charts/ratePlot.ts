import uPlot from 'uplot';
// uPlot's stylesheet as a file of this lazy chunk (a <link> Vite adds when the chunk loads): uPlot
// itself only sets element.style properties, which the Content-Security-Policy does not restrict.
import 'uplot/dist/uPlot.min.css';
import { formatCount } from '../../model/timeFormat';
import { formatMinute, type RateColumn } from './rateSummary';
import { rateSeriesStyle } from './rateSeriesStyles';

/** What a chart draws: one column per series, one count per minute. */
export interface RatePlotInput {
  bucketStarts: readonly number[];
  columns: readonly RateColumn[];
}

/** The fixed part of a chart: its series (by label) and whether they are lines or bars. */
export interface RatePlotSpec {
  kind: 'lines' | 'bars';
  labels: readonly string[];
}

/** One uPlot chart, created once; `setData` and `setWidth` redraw it in place. */
export interface RatePlot {
  setData: (input: RatePlotInput) => void;
  setWidth: (width: number) => void;
  destroy: () => void;
}

export const plotHeight = 220;
/** Used while the container has no width yet (not laid out). */
const fallbackWidth = 600;
const countSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

/** uPlot's aligned data: x in seconds (uPlot's time unit), then one array per series. */
function alignedData({ bucketStarts, columns }: RatePlotInput): uPlot.AlignedData {
  return [bucketStarts.map((at) => at / 1000), ...columns.map(({ counts }) => [...counts])];
}

function seriesOf(spec: RatePlotSpec): uPlot.Series[] {
  return spec.labels.map((label) => {
    const style = rateSeriesStyle(label);
    const bars = spec.kind === 'bars' ? uPlot.paths.bars?.({ size: [0.6, 48] }) : undefined;
    return {
      label,
      stroke: style.stroke,
      width: style.width,
      dash: style.dash,
      ...(bars ? { paths: bars, fill: `${style.stroke}59`, points: { show: false } } : {}),
      ...(bars ? {} : { points: { size: style.pointSize, width: 2, space: style.pointSize * 1.5, fill: style.pointFill === 'filled' ? style.stroke : '#ffffff' } }),
      value: (_plot: uPlot, value: number | null) => (value === null ? '–' : formatCount(value)),
    };
  });
}

/** Draws a chart of per-minute counts into `container` (a canvas inside it). */
export function createRatePlot(container: HTMLElement, spec: RatePlotSpec, input: RatePlotInput): RatePlot {
  const options: uPlot.Options = {
    width: container.clientWidth || fallbackWidth,
    height: plotHeight,
    // Zooming would be undone by the next redraw a second later.
    cursor: { drag: { x: false, y: false } },
    legend: { markers: { dash: (_plot, index) => rateSeriesStyle(spec.labels[index - 1] ?? '').legendDash } },
    scales: {
      // Half a minute either side, so the first and last bars are whole.
      x: { time: true, ...(spec.kind === 'bars' ? { range: (_plot, min, max) => [min - 30, max + 30] } : {}) },
      y: { range: (_plot, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    // The same 24-hour minutes as the summary and the table.
    axes: [{ values: (_plot, splits) => splits.map((at) => formatMinute(at * 1000)) }, { incrs: countSteps, values: (_plot, splits) => splits.map((count) => formatCount(count)) }],
    series: [{ label: 'Minute', value: (_plot, at: number | null) => (at === null ? '–' : formatMinute(at * 1000)) }, ...seriesOf(spec)],
  };
  const plot = new uPlot(options, alignedData(input), container);
  return {
    setData: (next) => plot.setData(alignedData(next)),
    setWidth: (width) => plot.setSize({ width, height: plotHeight }),
    destroy: () => plot.destroy(),
  };
}
