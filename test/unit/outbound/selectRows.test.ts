import { describe, expect, it } from 'vitest';
import type { Tweet } from '../../../src/gws/schemas';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';
import { defaultOutboundFilters, selectRows, stuckFilter, type OutboundFilters, type RowSelection } from '../../../src/features/outbound/model/selectRows';

function tweetAt(at: number, tweet: Tweet): OutboundEvent {
  return { type: 'notification', notification: { kind: 'tweetState', notificationType: 'StatusChange', referenceId: undefined, tweet }, at };
}
function sent(id: string, from: string, agent: string, message: string): Tweet {
  return { id, state: 'Sent', twitterType: 'Outbound', from, message, userData: { ConsoleAgent: agent, _twitterUserScreenName: from } };
}
function ids(selection: RowSelection): string[] {
  return Array.from({ length: selection.count }, (_, i) => selection.at(i)?.id ?? '?');
}

const team: OutboundTweets = applyOutboundEvents(
  emptyOutboundTweets,
  [
    tweetAt(1_000, sent('S1', 'gc_support', 'agent1', 'Your order shipped')),
    tweetAt(2_000, { id: 'C1', state: 'Composing', twitterType: 'Outbound' }),
    tweetAt(3_000, sent('S2', 'gc_care', 'agent2', 'We are sorry about the delay')),
    tweetAt(4_000, { id: 'IN1', state: 'Invited', twitterType: 'Inbound', message: 'Help!' }),
    { type: 'notification', notification: { kind: 'tweetError', referenceId: 5, errorMessage: 'Status is a duplicate.', tweet: { id: 'E1', state: 'Composing' } }, at: 5_000 },
    tweetAt(50_000, { id: 'C2', state: 'Composing', twitterType: 'Outbound' }),
  ],
  1_000,
);
const rule = { now: 60_000, thresholdMs: 30_000 };
const withFilters = (change: Partial<OutboundFilters>) => ({ ...defaultOutboundFilters, ...change });

describe('selectRows', () => {
  it('lists outbound tweets newest first, hiding inbound ones by default, with counts per state and the stuck count', () => {
    const selection = selectRows(team, defaultOutboundFilters, rule);
    expect(ids(selection)).toEqual(['C2', 'E1', 'S2', 'C1', 'S1']);
    expect(Object.fromEntries(selection.stateCounts)).toEqual({ Sent: 2, Composing: 2, Error: 1 });
    expect(selection.stuck).toBe(1); // C1: Composing for 58 s; C2 only 10 s; E1 failed, not stuck
  });

  it('shows inbound tweets when asked, counting them too', () => {
    const selection = selectRows(team, withFilters({ showInbound: true }), rule);
    expect(ids(selection)).toEqual(['C2', 'E1', 'IN1', 'S2', 'C1', 'S1']);
    expect(selection.stateCounts.get('Invited')).toBe(1);
  });

  it('reads rows straight from the store when nothing is filtered', () => {
    const outboundOnly = applyOutboundEvents(emptyOutboundTweets, [tweetAt(1, sent('A', 'x', 'a', 'm')), tweetAt(2, sent('B', 'x', 'a', 'm'))], 10);
    const selection = selectRows(outboundOnly, defaultOutboundFilters, rule);
    expect(selection.at(0)).toBe(outboundOnly.entries.get('B'));
    expect(selection.stateCounts).toBe(outboundOnly.facets.outboundStates);
  });

  it('lists Error rows alone, and the stuck ones alone', () => {
    expect(ids(selectRows(team, withFilters({ state: 'Error' }), rule))).toEqual(['E1']);
    expect(ids(selectRows(team, withFilters({ state: stuckFilter }), rule))).toEqual(['C1']);
    expect(ids(selectRows(team, withFilters({ state: stuckFilter }), { now: 60_000, thresholdMs: 5_000 }))).toEqual(['C2', 'C1']);
  });

  it('filters by from-account, agent and free text (case-insensitive), and counts what remains', () => {
    const byAccount = selectRows(team, withFilters({ fromAccount: 'gc_care' }), rule);
    expect(ids(byAccount)).toEqual(['S2']);
    expect(Object.fromEntries(byAccount.stateCounts)).toEqual({ Sent: 1 });

    expect(ids(selectRows(team, withFilters({ agent: 'agent1' }), rule))).toEqual(['S1']);
    expect(ids(selectRows(team, withFilters({ text: 'SORRY' }), rule))).toEqual(['S2']);
    expect(ids(selectRows(team, withFilters({ text: 'duplicate' }), rule))).toEqual([]);
    expect(ids(selectRows(team, withFilters({ text: 'e1' }), rule))).toEqual(['E1']);
    expect(ids(selectRows(team, withFilters({ text: 'sent', state: 'Composing' }), rule))).toEqual([]);
  });

  it('counts a stuck tweet at the far end of 100,000 without reading the entries in between', () => {
    const stuckFirst = applyOutboundEvents(emptyOutboundTweets, [tweetAt(0, { id: 'OLD', state: 'Composing', twitterType: 'Outbound' })], 200_000);
    const events = Array.from({ length: 100_000 }, (_, i) => tweetAt(1_000 + i, sent(`S${i}`, 'gc_support', 'agent1', `Tweet ${i}`)));
    const busy = applyOutboundEvents(stuckFirst, events, 200_000);
    const visits = { count: 0 };
    const counted: OutboundTweets = {
      ...busy,
      entries: new Proxy(busy.entries, {
        get(target, key, receiver): unknown {
          if (key === 'forEachNewestFirst' || key === 'values' || key === Symbol.iterator) visits.count += 1;
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    };

    const selection = selectRows(counted, defaultOutboundFilters, { now: 200_000, thresholdMs: 30_000 });

    expect(selection.stuck).toBe(1);
    expect(selection.count).toBe(100_001);
    expect(visits.count).toBe(0);
    expect([...busy.facets.composing]).toEqual(['OLD']);
  });

  it('filters by queue and by the time the shown state began ("since"), and finds a queue path by search', () => {
    const queued = applyOutboundEvents(
      emptyOutboundTweets,
      [
        tweetAt(1_000, { ...sent('Q1', 'gc_support', 'agent1', 'One'), userData: { ConsoleAgent: 'agent1', ConsoleQueue: '/queues/care' } }),
        tweetAt(2_000, { ...sent('Q2', 'gc_support', 'agent1', 'Two'), userData: { ConsoleAgent: 'agent1', ConsoleQueue: '/queues/sales' } }),
        tweetAt(3_000, sent('Q3', 'gc_support', 'agent2', 'Three')),
      ],
      100,
    );
    expect(Object.fromEntries(queued.facets.queues)).toEqual({ '/queues/care': 1, '/queues/sales': 1 });
    expect(ids(selectRows(queued, withFilters({ queue: '/queues/sales' }), rule))).toEqual(['Q2']);
    expect(ids(selectRows(queued, withFilters({ since: 2_000 }), rule))).toEqual(['Q3', 'Q2']);
    expect(ids(selectRows(queued, withFilters({ since: 2_001 }), rule))).toEqual(['Q3']);
    expect(ids(selectRows(queued, withFilters({ text: 'QUEUES/CARE' }), rule))).toEqual(['Q1']);
  });
});
