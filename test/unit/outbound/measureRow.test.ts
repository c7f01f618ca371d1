import type { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { measureRow } from '../../../src/features/outbound/panel/measureRow';

/** A row element whose layout must not be read: reading it is a forced synchronous layout. */
function rowThatMustNotBeLaidOut(index: number): Element {
  const fail = () => {
    throw new Error('measureRow read the layout of a row');
  };
  return { getAttribute: () => String(index), get offsetHeight(): number { return fail(); }, getBoundingClientRect: fail } as unknown as Element;
}

function virtualizerWith(cached: Record<string, number>): Virtualizer<HTMLDivElement, Element> {
  return {
    itemSizeCache: new Map(Object.entries(cached)),
    indexFromElement: (element: Element) => Number(element.getAttribute('data-index')),
    options: { getItemKey: (index: number) => `T${index}`, estimateSize: () => 150 },
  } as unknown as Virtualizer<HTMLDivElement, Element>;
}

const resized = (blockSize: number) => ({ borderBoxSize: [{ blockSize, inlineSize: 800 }] }) as unknown as ResizeObserverEntry;

describe('measureRow (the panel virtualizer measureElement)', () => {
  it('takes the height the ResizeObserver reports, rounded', () => {
    expect(measureRow(rowThatMustNotBeLaidOut(0), resized(163.6), virtualizerWith({}))).toBe(164);
  });

  it('keeps a just-mounted row at its measured height, without reading layout', () => {
    expect(measureRow(rowThatMustNotBeLaidOut(3), undefined, virtualizerWith({ T3: 212 }))).toBe(212);
  });

  it('gives a never-measured row the estimate until the observer reports, without reading layout', () => {
    expect(measureRow(rowThatMustNotBeLaidOut(7), undefined, virtualizerWith({ T3: 212 }))).toBe(150);
  });
});
