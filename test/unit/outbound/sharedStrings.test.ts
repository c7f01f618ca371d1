import { describe, expect, it } from 'vitest';
import { createStringPool, withSharedStrings } from '../../../src/features/outbound/model/sharedStrings';
import type { Tweet } from '../../../src/gws/schemas';

const tweet = (id: string): Tweet => ({
  id,
  state: 'Sent',
  from: 'gc_sales',
  message: `Message of ${id}`,
  capabilities: ['Complete', 'AttachUserData'],
  userData: { ConsoleAgent: 'agent1', ConsoleDraftKey: `draft-${id}`, count: 3, nested: { a: 'b' }, empty: null },
});

describe('withSharedStrings', () => {
  it('gives back an equal tweet, and one capability list for tweets with the same one', () => {
    const intern = createStringPool();
    const lists = new Map<string, string[]>();
    const [one, two] = [withSharedStrings(tweet('T1'), intern, lists), withSharedStrings(tweet('T2'), intern, lists)];
    expect(one).toEqual(tweet('T1'));
    expect(two).toEqual(tweet('T2'));
    expect(one.capabilities).toBe(two.capabilities);
    expect(withSharedStrings({ ...tweet('T3'), capabilities: ['Send'] }, intern, lists).capabilities).not.toBe(one.capabilities);
  });

  it('the pool gives back equal values, long ones and past its size too (which copy is kept cannot be seen from JavaScript: the heap figures are in the bench)', () => {
    const intern = createStringPool(2);
    const values = ['Sent', 'x'.repeat(201), 'Composing', 'Canceled', 'Sent'];
    expect(values.map((value) => intern(value))).toEqual(values);
  });
});
