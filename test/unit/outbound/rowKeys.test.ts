import { describe, expect, it } from 'vitest';
import { rowKeyOf, type PinnedRow } from '../../../src/features/outbound/table/rowKeys';

const window = (ids: string[], pinned: PinnedRow | undefined) => ids.map((id, index) => rowKeyOf(index, id, pinned));

describe('rowKeyOf', () => {
  it('keys rows by position, so a newer tweet changes what a row shows, not which rows exist', () => {
    expect(window(['C', 'B', 'A'], undefined)).toEqual(['row-0', 'row-1', 'row-2']);
    expect(window(['D', 'C', 'B'], undefined)).toEqual(['row-0', 'row-1', 'row-2']);
  });

  it('lets the focused tweet keep the key it had when focused, and moves it with the tweet; keys stay unique', () => {
    const pinned: PinnedRow = { id: 'B', key: rowKeyOf(1, 'B', undefined) };
    expect(window(['C', 'B', 'A'], pinned)).toEqual(['row-0', 'row-1', 'row-2']);
    // Two newer tweets: B is now third; its row (key row-1) goes with it, position 1 takes the spare key.
    const after = window(['E', 'D', 'C', 'B', 'A'], pinned);
    expect(after).toEqual(['row-0', 'row-spare', 'row-2', 'row-1', 'row-4']);
    expect(new Set(after).size).toBe(after.length);
  });

  it('keeps keys unique when the focus moves on to the row that has the spare key', () => {
    const first: PinnedRow = { id: 'B', key: 'row-1' };
    const second: PinnedRow = { id: 'D', key: rowKeyOf(1, 'D', first) };
    expect(second.key).toBe('row-spare');
    const keys = window(['F', 'E', 'D', 'C', 'B'], second);
    expect(keys).toEqual(['row-0', 'row-1', 'row-spare', 'row-3', 'row-4']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
