import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedStore } from '../../../src/features/outbound/model/orderedStore';
import { timeOfFullCopy } from './support/timeOfFullCopy';

interface Item {
  id: string;
  v: number;
}

function storeOf(...items: Item[]): OrderedStore<Item> {
  const draft = OrderedStore.empty<Item>().edit();
  for (const item of items) draft.set(item);
  return draft.finish();
}

function newestFirst(store: OrderedStore<Item>): string[] {
  const ids: string[] = [];
  store.forEachNewestFirst((item) => void ids.push(item.id));
  return ids;
}

describe('OrderedStore', () => {
  it('keeps insertion order, replaces in place, and reads newest first by index', () => {
    const store = storeOf({ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 });
    const draft = store.edit();
    draft.set({ id: 'a', v: 2 });
    const next = draft.finish();

    expect([...next.keys()]).toEqual(['a', 'b', 'c']);
    expect(next.get('a')?.v).toBe(2);
    expect(next.atNewest(0)?.id).toBe('c');
    expect(next.atNewest(2)).toEqual({ id: 'a', v: 2 });
    expect(next.atNewest(3)).toBeUndefined();
    expect(newestFirst(next)).toEqual(['c', 'b', 'a']);
    expect([...next].map(([id, item]) => `${id}=${item.v}`)).toEqual(['a=2', 'b=1', 'c=1']);
  });

  it('never changes the version it was edited from', () => {
    const before = storeOf({ id: 'a', v: 1 });
    const draft = before.edit();
    draft.set({ id: 'a', v: 2 });
    draft.set({ id: 'b', v: 1 });
    draft.evictOldest(1);
    const after = draft.finish();

    expect([...before.values()]).toEqual([{ id: 'a', v: 1 }]);
    expect([...after.values()]).toEqual([{ id: 'b', v: 1 }]);
  });

  it('an edit that changes nothing gives back the same store', () => {
    const store = storeOf({ id: 'a', v: 1 });
    expect(store.edit().finish()).toBe(store);
    const draft = store.edit();
    expect(draft.evictOldest(0)).toEqual([]);
    expect(draft.finish()).toBe(store);
  });

  it('evicts from the oldest end across chunk boundaries and forgets the evicted ids', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `t${i}`, v: i }));
    const draft = storeOf(...items).edit();
    const evicted = draft.evictOldest(2500);
    draft.set({ id: 't0', v: -1 }); // an evicted id comes back as the newest
    const store = draft.finish();

    expect(evicted.map((item) => item.v)).toEqual(items.slice(0, 2500).map((item) => item.v));
    expect(store.size).toBe(501);
    expect(store.has('t1')).toBe(false);
    expect(store.get('t2500')?.v).toBe(2500);
    expect(store.atNewest(0)).toEqual({ id: 't0', v: -1 });
    expect(store.atNewest(500)?.id).toBe('t2500');
  });

  it('empties completely and fills again', () => {
    const draft = storeOf(...Array.from({ length: 1024 }, (_, i) => ({ id: `t${i}`, v: i }))).edit();
    draft.evictOldest(5000);
    draft.set({ id: 'new', v: 1 });
    const store = draft.finish();
    expect([...store.keys()]).toEqual(['new']);
  });

  it('behaves like a Map with insertion order (generated operations, fast-check)', () => {
    const operation = fc.oneof(
      fc.record({ op: fc.constant('set' as const), id: fc.integer({ min: 0, max: 3000 }), v: fc.integer() }),
      fc.record({ op: fc.constant('evict' as const), count: fc.integer({ min: 0, max: 1500 }) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(operation, { maxLength: 400 }), { maxLength: 6 }), (batches) => {
        let store = OrderedStore.empty<Item>();
        const model = new Map<string, Item>();
        for (const batch of batches) {
          const previous = [...store.values()];
          const draft = store.edit();
          for (const step of batch) {
            if (step.op === 'set') {
              const item = { id: `t${step.id}`, v: step.v };
              draft.set(item);
              model.set(item.id, item);
            } else {
              const expected = [...model.keys()].slice(0, step.count);
              expect(draft.evictOldest(step.count).map((item) => item.id)).toEqual(expected);
              for (const id of expected) model.delete(id);
            }
          }
          const next = draft.finish();
          expect([...store.values()]).toEqual(previous);
          store = next;
          expect([...store.values()]).toEqual([...model.values()]);
          expect(newestFirst(store)).toEqual([...model.keys()].reverse());
          expect(store.size).toBe(model.size);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('updates 100 entries of a 100,000-entry store in far less time than one copy of it', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, v: i }));
    const big = storeOf(...items);
    const copyMs = timeOfFullCopy(items);
    const started = performance.now();
    let store = big;
    for (let frame = 0; frame < 50; frame += 1) {
      const draft = store.edit();
      for (let i = 0; i < 100; i += 1) draft.set({ id: `t${(frame * 7919 + i * 104_729) % 100_000}`, v: -frame });
      store = draft.finish();
    }
    const perFrame = (performance.now() - started) / 50;
    expect(store.size).toBe(100_000);
    expect(perFrame).toBeLessThan(copyMs);
  }, 30_000);
});
