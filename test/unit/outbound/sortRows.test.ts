import { describe, expect, it } from 'vitest';
import type { Tweet } from '../../../src/gws/schemas';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent } from '../../../src/features/outbound/model/outboundTweets';
import { createQueueLabels } from '../../../src/features/outbound/model/queueView';
import { defaultOutboundFilters, selectRows, type RowSelection } from '../../../src/features/outbound/model/selectRows';
import { nextSort, sortRows, type TweetSort } from '../../../src/features/outbound/model/sortRows';

const at = (time: number, tweet: Tweet): OutboundEvent => ({
  type: 'notification',
  notification: { kind: 'tweetState', notificationType: 'StatusChange', referenceId: undefined, tweet },
  at: time,
});
const tweet = (id: string, state: string, agent: string, extra: Partial<Tweet> & { queue?: string } = {}): Tweet => {
  const { queue, ...rest } = extra;
  return { id, state, twitterType: 'Outbound', userData: { ConsoleAgent: agent, ...(queue ? { ConsoleQueue: queue } : {}) }, ...rest };
};

// Seen in this order (the list's own order is newest first: E, D, C, B, A).
const data = applyOutboundEvents(
  emptyOutboundTweets,
  [
    at(1_000, tweet('A', 'Composing', 'agent10', { from: 'zed', message: 'banana', queue: '/queues/care' })),
    at(2_000, tweet('B', 'Composing', 'agent2', { from: 'amy', message: 'Apple', queue: '/queues/sales' })),
    at(3_000, tweet('C', 'Composing', 'agent2', { message: 'cherry' })),
    at(4_000, tweet('D', 'Composing', 'agent1', { from: 'Bob', message: 'date', queue: '/queues/care' })),
    at(5_000, tweet('E', 'Composing', 'agent2', { from: 'amy' })),
    // B and D go out: B after 7 s, D after 2 s; A, C and E stay Composing.
    at(9_000, tweet('B', 'Sent', 'agent2', { from: 'amy', message: 'Apple', queue: '/queues/sales' })),
    at(6_000, tweet('D', 'Sent', 'agent1', { from: 'Bob', message: 'date', queue: '/queues/care' })),
  ],
  100,
);
const rows = selectRows(data, defaultOutboundFilters, { now: 10_000, thresholdMs: 60_000 });
const context = { queueLabel: createQueueLabels([{ name: 'Sales', path: '/queues/sales' }, { name: 'Customer care', path: '/queues/care' }]) };
const ids = (selection: RowSelection) => Array.from({ length: selection.count }, (_, i) => selection.at(i)?.id);
const sorted = (sort: TweetSort) => ids(sortRows(rows, sort, context));

describe('sortRows', () => {
  it('keeps the list’s own order (newest first) without a sort, and the very same selection', () => {
    expect(ids(rows)).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(sortRows(rows, undefined, context)).toBe(rows);
  });

  it('orders names as people read them (agent2 before agent10), ties in the list’s own order', () => {
    expect(sorted({ column: 'agent', direction: 'ascending' })).toEqual(['D', 'E', 'C', 'B', 'A']);
    expect(sorted({ column: 'agent', direction: 'descending' })).toEqual(['A', 'E', 'C', 'B', 'D']);
  });

  it('puts rows without a value last, whichever the direction', () => {
    // C has no From; case is ignored (Bob between amy and zed).
    expect(sorted({ column: 'from', direction: 'ascending' })).toEqual(['E', 'B', 'D', 'A', 'C']);
    expect(sorted({ column: 'from', direction: 'descending' })).toEqual(['A', 'D', 'E', 'B', 'C']);
    // Composing → Sent: D 2 s, B 7 s, the others have none.
    expect(sorted({ column: 'composingToSent', direction: 'descending' })).toEqual(['B', 'D', 'E', 'C', 'A']);
    expect(sorted({ column: 'composingToSent', direction: 'ascending' })).toEqual(['D', 'B', 'E', 'C', 'A']);
  });

  it('orders queues by the name the table shows, and messages case-insensitively', () => {
    // Customer care (A, D) before Sales (B); C and E have no queue.
    expect(sorted({ column: 'queue', direction: 'ascending' })).toEqual(['D', 'A', 'B', 'E', 'C']);
    expect(sorted({ column: 'message', direction: 'ascending' })).toEqual(['B', 'A', 'C', 'D', 'E']);
  });

  it('orders by the time of the state shown, and by state', () => {
    // Since: B Sent at 9 s, D Sent at 6 s, E, C, A Composing at 5, 3, 1 s.
    expect(sorted({ column: 'time', direction: 'descending' })).toEqual(['B', 'D', 'E', 'C', 'A']);
    expect(sorted({ column: 'state', direction: 'ascending' })).toEqual(['E', 'C', 'A', 'D', 'B']);
  });

  it('keeps the counts of the selection it orders', () => {
    const byAgent = sortRows(rows, { column: 'agent', direction: 'ascending' }, context);
    expect(byAgent.count).toBe(5);
    expect(byAgent.stateCounts).toBe(rows.stateCounts);
  });
});

describe('nextSort', () => {
  it('starts words A → Z and times and figures largest first, then turns the order round', () => {
    expect(nextSort(undefined, 'agent')).toEqual({ column: 'agent', direction: 'ascending' });
    expect(nextSort(undefined, 'time')).toEqual({ column: 'time', direction: 'descending' });
    expect(nextSort({ column: 'time', direction: 'descending' }, 'time')).toEqual({ column: 'time', direction: 'ascending' });
    expect(nextSort({ column: 'time', direction: 'ascending' }, 'agent')).toEqual({ column: 'agent', direction: 'ascending' });
  });
});
