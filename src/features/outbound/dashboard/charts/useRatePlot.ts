import { useEffect, useRef, useState } from 'react';
import type { RatePlot, RatePlotInput, RatePlotSpec } from './ratePlot';

export type RatePlotStatus = 'loading' | 'drawn' | 'failed';

/** Calls `onWidth` with the element's new width whenever it changes (where ResizeObserver exists). */
function observeWidth(element: HTMLElement, onWidth: (width: number) => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => undefined;
  let last = element.clientWidth;
  const observer = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (width > 0 && width !== last) {
      last = width;
      onWidth(width);
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * A uPlot chart in the returned container, loaded on mount (uPlot is its own chunk: nothing waits
 * for it) and created once; each new `input` is drawn with `setData` on that same chart, so it
 * redraws exactly as often as `input` changes. It follows the container's width.
 */
export function useRatePlot(spec: RatePlotSpec, input: RatePlotInput) {
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<RatePlot | undefined>(undefined);
  const latestInput = useRef(input);
  const drawnInput = useRef<RatePlotInput | undefined>(undefined);
  const [status, setStatus] = useState<RatePlotStatus>('loading');

  useEffect(() => {
    latestInput.current = input;
    if (!plotRef.current || drawnInput.current === input) return;
    drawnInput.current = input;
    plotRef.current.setData(input);
  }, [input]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let plot: RatePlot | undefined;
    let stopObserving: (() => void) | undefined;
    import('./ratePlot')
      .then(({ createRatePlot }) => {
        if (cancelled) return;
        plot = createRatePlot(container, spec, latestInput.current);
        plotRef.current = plot;
        drawnInput.current = latestInput.current;
        stopObserving = observeWidth(container, (width) => plot?.setWidth(width));
        setStatus('drawn');
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
      stopObserving?.();
      plot?.destroy();
      plotRef.current = undefined;
      drawnInput.current = undefined;
    };
  }, [spec]);

  return { containerRef, status };
}
