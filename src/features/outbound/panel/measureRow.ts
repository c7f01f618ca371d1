import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * The virtualizer's `measureElement`: a row's height comes from the virtualizer's ResizeObserver
 * only (reported after the browser's own layout). A row that has just mounted keeps its cached
 * height, or the estimate, until then — so mounting rows never forces a synchronous layout in the
 * middle of React's commit (with tweets arriving every frame, that forced layout was the largest
 * single cost of the live panel).
 */
export function measureRow<S extends Element>(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<S, Element>): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}
