import { useThrottledValue } from './useThrottledValue';

/**
 * How often the counts around the table (per state, "N tweets", Export's label) are redrawn while
 * tweets stream in. The table is a box of its own (CSS containment): a new row costs a layout and a
 * repaint of that box alone. A count that changes outside it costs a layout and repaint of the page
 * around it, on every batch; nobody reads a count 30 times a second.
 */
export const countsRedrawMs = 250;

/**
 * `counts` as shown: the first change at once, then at most one change every `countsRedrawMs` (the
 * latest wins). A new `shownFor` (the user's filters: what the counts are of) shows them at once.
 */
export function useShownCounts<T>(counts: T, shownFor?: unknown): T {
  return useThrottledValue(counts, countsRedrawMs, { resetKey: shownFor });
}
