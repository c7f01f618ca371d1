import { useMemo } from 'react';

const noExtra: readonly string[] = [];
const separator = '\u0000';

/**
 * The keys of `counts` (and `extra`), sorted A→Z: the same array for as long as the keys are the
 * same, so that a memoised list of choices renders only when a choice comes or goes, not each time a
 * count changes. It runs on every batch of tweets, so the keys are compared in their insertion order
 * (a facets map keeps it when counts change; outboundFacets.ts) and sorted only when they differ.
 */
export function useSortedKeys(counts: ReadonlyMap<string, unknown>, extra: readonly string[] = noExtra): readonly string[] {
  const signature = [...extra, ...counts.keys()].join(separator);
  return useMemo(() => (signature === '' ? [] : [...new Set(signature.split(separator))].sort((a, b) => a.localeCompare(b))), [signature]);
}
