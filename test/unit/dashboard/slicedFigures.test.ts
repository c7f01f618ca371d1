import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardFigures, type DashboardFigures, type FiguresInput } from '../../../src/features/outbound/dashboard/dashboardFigures';
import { figuresSteps, FiguresRunner } from '../../../src/features/outbound/dashboard/slicedFigures';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { OrderedStore } from '../../../src/features/outbound/model/orderedStore';

const now = Date.UTC(2026, 10, 25, 14, 32, 30);
const input: FiguresInput = { now, thresholdMs: 30_000, roster: ['ann', 'bob'] };

function entryOf(i: number): OutboundEntry {
  const state = ['Composing', 'Sent', 'Canceled'][i % 3];
  const composing = now - 1_000 * (i % 600);
  const stateTimes = state === 'Composing' ? { Composing: composing } : { Composing: composing, [state ?? 'Sent']: composing + 100 * (i % 7) };
  const error = i % 11 === 0 ? { message: 'no', referenceId: i, at: composing } : undefined;
  return { id: `T${i}`, tweet: { id: `T${i}`, state, twitterType: i % 13 === 0 ? 'Inbound' : 'Outbound' }, stateTimes, firstSeen: composing, lastChange: composing, error, agent: ['ann', 'bob', 'carl', undefined][i % 4] };
}

function storeOf(count: number, offset = 0): OrderedStore<OutboundEntry> {
  const draft = OrderedStore.empty<OutboundEntry>().edit();
  for (let i = 0; i < count; i += 1) draft.set(entryOf(i + offset));
  return draft.finish();
}

/** The figures with each `byState` as its entries in order: equal means visited in the same order too. */
const inOrder = ({ agents, ...rest }: DashboardFigures) => ({ ...rest, agents: agents.map((row) => ({ ...row, byState: [...row.byState] })) });
const expectedOf = (store: OrderedStore<OutboundEntry>, of: FiguresInput = input) => inOrder(dashboardFigures(store.values(), of));

/** A clock that moves 1 ms each time it is read: with a 1 ms budget, a slice is 256 entries. */
function tickingClock(): () => number {
  let ms = 0;
  return () => (ms += 1);
}

describe('figuresSteps', () => {
  it('cuts the pass into slices when the budget runs out, and ends with the figures of one pass', () => {
    const store = storeOf(1_000);
    const steps = figuresSteps(store, input, { budgetMs: 1, clock: tickingClock() });
    let slices = 1;
    let step = steps.next();
    while (!step.done) {
      slices += 1;
      step = steps.next();
    }
    // Four slices of entries (256 each, the last 232), the medians and the sort in a fifth: the
    // fourth had used its budget up.
    expect(slices).toBe(5);
    expect(inOrder(step.value)).toEqual(expectedOf(store));
  });

  it('takes one slice while the budget lasts', () => {
    const store = storeOf(1_000);
    const step = figuresSteps(store, input, { budgetMs: 1_000, clock: tickingClock() }).next();
    expect(step.done && inOrder(step.value)).toEqual(expectedOf(store));
  });
});

describe('FiguresRunner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const sliced = { budgetMs: 1, clock: tickingClock() };

  it('is done at once when the first slice is enough', () => {
    const reported: ReturnType<typeof inOrder>[] = [];
    const store = storeOf(100);
    new FiguresRunner((figures) => reported.push(inOrder(figures)), { budgetMs: 1_000 }).request(store, input);
    expect(reported).toEqual([expectedOf(store)]);
  });

  it('once the first figures are out, starts every pass in a task of its own too', () => {
    const reported: ReturnType<typeof inOrder>[] = [];
    const runner = new FiguresRunner((figures) => reported.push(inOrder(figures)), { budgetMs: 1_000 });
    const first = storeOf(100);
    const second = storeOf(120);
    runner.request(first, input);
    runner.request(second, input);
    expect(reported).toEqual([expectedOf(first)]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersToNextTimer();
    expect(reported).toEqual([expectedOf(first), expectedOf(second)]);
  });

  it('runs each further slice in a task of its own', () => {
    const reported: ReturnType<typeof inOrder>[] = [];
    const store = storeOf(1_000);
    new FiguresRunner((figures) => reported.push(inOrder(figures)), sliced).request(store, input);
    expect(reported).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(reported).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(reported).toEqual([expectedOf(store)]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('finishes the pass under way before the next, which is the latest asked for', () => {
    const reported: ReturnType<typeof inOrder>[] = [];
    const runner = new FiguresRunner((figures) => reported.push(inOrder(figures)), sliced);
    const first = storeOf(1_000);
    const latest = storeOf(600, 5);
    runner.request(first, input);
    runner.request(storeOf(900, 3), input);
    runner.request(latest, { ...input, roster: undefined });
    vi.runAllTimers();
    expect(reported).toEqual([expectedOf(first), expectedOf(latest, { ...input, roster: undefined })]);
  });

  it('reports nothing once stopped', () => {
    const reported: ReturnType<typeof inOrder>[] = [];
    const runner = new FiguresRunner((figures) => reported.push(inOrder(figures)), sliced);
    runner.request(storeOf(1_000), input);
    runner.request(storeOf(1_000), input);
    runner.stop();
    vi.runAllTimers();
    expect(reported).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
