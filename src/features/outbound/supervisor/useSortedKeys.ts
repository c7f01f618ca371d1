import { useMemo } from 'react';

const noExtra: readonly string[] = [];
const separator = '\u0000';

/**
 * The keys of `counts` (and `extra`), sorted A→Z: the same array for as long as the set of keys is
 * the same, so that a memoised list of choices renders only when a choice comes or goes, not each
 * time a count changes.
 */
export function useSortedKeys(counts: ReadonlyMap<string, unknown>, extra: readonly string[] = noExtra): readonly string[] {
  const signature = [...new Set([...extra, ...counts.keys()])].sort((a, b) => a.localeCompare(b)).join(separator);
  return useMemo(() => (signature === '' ? [] : signature.split(separator)), [signature]);
}
