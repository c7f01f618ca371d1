/**
 * How each series is drawn. Colour is never the only cue: each has its own dash pattern (the
 * legend's marker border shows it too) and its own point marker (filled or hollow, small or large).
 * Colours are the state badges' and reach at least 4.5:1 on the white chart.
 */
export interface RateSeriesStyle {
  stroke: string;
  /** Canvas dash pattern (px on, px off…); empty is a solid line. */
  dash: number[];
  /** The same pattern as a CSS border style, for the legend's marker. */
  legendDash: 'solid' | 'dashed' | 'dotted';
  width: number;
  /** Point marker: filled with the stroke colour or hollow (white inside). */
  pointFill: 'filled' | 'hollow';
  pointSize: number;
}

const fallbackStyle: RateSeriesStyle = { stroke: '#4a5360', dash: [1, 3], legendDash: 'dotted', width: 2, pointFill: 'hollow', pointSize: 5 };

const styles: Readonly<Record<string, RateSeriesStyle>> = {
  Sent: { stroke: '#1a7f37', dash: [], legendDash: 'solid', width: 2, pointFill: 'filled', pointSize: 6 },
  Composing: { stroke: '#9a6700', dash: [8, 4], legendDash: 'dashed', width: 2, pointFill: 'hollow', pointSize: 7 },
  Canceled: { stroke: '#4a5360', dash: [2, 3], legendDash: 'dotted', width: 2, pointFill: 'filled', pointSize: 4 },
  Completed: { stroke: '#0b4f8a', dash: [12, 3, 2, 3], legendDash: 'dashed', width: 2, pointFill: 'hollow', pointSize: 5 },
  Error: { stroke: '#b42318', dash: [], legendDash: 'solid', width: 3, pointFill: 'hollow', pointSize: 9 },
};

export function rateSeriesStyle(label: string): RateSeriesStyle {
  return Object.hasOwn(styles, label) ? (styles[label] ?? fallbackStyle) : fallbackStyle;
}
