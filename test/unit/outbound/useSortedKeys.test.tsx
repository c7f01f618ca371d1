// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSortedKeys } from '../../../src/features/outbound/supervisor/useSortedKeys';

describe('useSortedKeys', () => {
  it('keeps the same sorted array while only the counts change, and a new one when a key comes or goes', () => {
    const initialProps: { counts: ReadonlyMap<string, number>; extra?: string[] } = { counts: new Map([['zoe', 1], ['al', 2]]) };
    const { result, rerender } = renderHook(({ counts, extra }) => useSortedKeys(counts, extra), { initialProps });
    const first = result.current;
    expect(first).toEqual(['al', 'zoe']);

    // The reducer copies a facets map, so its keys keep their order while only the counts change.
    rerender({ counts: new Map([['zoe', 5], ['al', 9]]) });
    expect(result.current).toBe(first);

    rerender({ counts: new Map([['al', 9], ['zoe', 5], ['bo', 1]]) });
    expect(result.current).toEqual(['al', 'bo', 'zoe']);

    rerender({ counts: new Map([['al', 9]]), extra: ['zoe', 'al'] });
    expect(result.current).toEqual(['al', 'zoe']);
    rerender({ counts: new Map(), extra: [] });
    expect(result.current).toEqual([]);
  });
});
