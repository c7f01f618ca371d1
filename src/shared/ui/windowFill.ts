import { createContext, useContext, useEffect } from 'react';

/**
 * How a screen asks the page frame to fill the window (no page scroll; the screen's own boxes
 * scroll instead): the supervisor's table does. Said with an attribute the frame sets, not with a
 * `:has()` selector on the frame: under `:has()`, every row the live table inserts made Chromium
 * restyle the whole page (~880 elements per frame, measured), not just the new row.
 */
export const WindowFillContext = createContext<(fill: boolean) => void>(() => undefined);

/** While `fill` is true and the component is mounted, the page frame fills the window. */
export function useFillWindow(fill: boolean): void {
  const setFill = useContext(WindowFillContext);
  useEffect(() => {
    if (!fill) return;
    setFill(true);
    return () => setFill(false);
  }, [fill, setFill]);
}
