import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import {
  agentFigures,
  sortAgentFigures,
  unknownAgent,
  type AgentFigures,
} from '../../../src/features/outbound/dashboard/perAgent/agentFigures';
import { median } from '../../../src/features/outbound/dashboard/perAgent/median';

const rule = { now: 100_000, thresholdMs: 30_000 };

interface EntryShape {
  id: string;
  agent?: string;
  state?: string;
  inbound?: boolean;
  error?: string;
  composingAt?: number;
  sentAt?: number;
}

function entryOf({ id, agent, state = 'Sent', inbound = false, error, composingAt, sentAt }: EntryShape): OutboundEntry {
  const stateTimes: Record<string, number> = {};
  if (composingAt !== undefined) stateTimes.Composing = composingAt;
  if (sentAt !== undefined) stateTimes.Sent = sentAt;
  return {
    id,
    tweet: { id, state, twitterType: inbound ? 'Inbound' : 'Outbound' },
    stateTimes,
    firstSeen: composingAt ?? 0,
    lastChange: sentAt ?? composingAt ?? 0,
    error: error === undefined ? undefined : { message: error, referenceId: 1, at: 0 },
    agent,
  };
}

/** A Sent tweet of `agent` that took `ms` from Composing to Sent. */
const sent = (id: string, agent: string, ms: number) => entryOf({ id, agent, composingAt: 1_000, sentAt: 1_000 + ms });

const rowOf = (rows: AgentFigures[], agent: string) => rows.find((row) => row.agent === agent);

describe('agentFigures', () => {
  it('has a row of zeros for a roster agent with no tweets', () => {
    const rows = agentFigures([], rule, ['bob']);
    expect(rows).toEqual([
      { agent: 'bob', known: true, total: 0, byState: new Map(), errors: 0, stuck: 0, medianComposingToSentMs: undefined },
    ]);
  });

  it('counts each shown state, errors (shown as Error) and stuck tweets per agent', () => {
    const rows = agentFigures(
      [
        entryOf({ id: '1', agent: 'ann', state: 'Composing', composingAt: 99_000 }),
        entryOf({ id: '2', agent: 'ann', state: 'Composing', composingAt: 10_000 }),
        entryOf({ id: '3', agent: 'ann', state: 'Composing', composingAt: 10_000, error: 'Rate limited' }),
        entryOf({ id: '4', agent: 'ann', state: 'Canceled' }),
        entryOf({ id: '5', agent: 'ann', state: 'Weird' }),
      ],
      rule,
      ['ann'],
    );
    const ann = rowOf(rows, 'ann');
    expect(ann?.total).toBe(5);
    expect(ann?.byState).toEqual(new Map([['Composing', 2], ['Error', 1], ['Canceled', 1], ['Weird', 1]]));
    expect(ann?.errors).toBe(1);
    // Composing for 90 s (over the 30 s threshold): stuck; a failed one is an Error, not stuck.
    expect(ann?.stuck).toBe(1);
  });

  it('takes the median Composing → Sent of an odd number of Sent tweets: the middle one', () => {
    const rows = agentFigures([sent('1', 'ann', 9_000), sent('2', 'ann', 1_000), sent('3', 'ann', 4_000)], rule, []);
    expect(rowOf(rows, 'ann')?.medianComposingToSentMs).toBe(4_000);
  });

  it('takes the median of an even number as the mean of the two middle ones', () => {
    const rows = agentFigures(
      [sent('1', 'ann', 8_000), sent('2', 'ann', 1_000), sent('3', 'ann', 2_000), sent('4', 'ann', 100_000)],
      rule,
      [],
    );
    expect(rowOf(rows, 'ann')?.medianComposingToSentMs).toBe(5_000);
  });

  it('takes the median over Sent tweets only, and none without one', () => {
    const rows = agentFigures(
      [
        sent('1', 'ann', 2_000),
        entryOf({ id: '2', agent: 'ann', state: 'Completed', composingAt: 0, sentAt: 60_000 }),
        entryOf({ id: '3', agent: 'bob', state: 'Composing', composingAt: 99_000 }),
      ],
      rule,
      [],
    );
    expect(rowOf(rows, 'ann')?.medianComposingToSentMs).toBe(2_000);
    expect(rowOf(rows, 'bob')?.medianComposingToSentMs).toBeUndefined();
  });

  it('skips inbound tweets', () => {
    const rows = agentFigures([entryOf({ id: '1', agent: 'ann', inbound: true }), sent('2', 'ann', 1_000)], rule, []);
    expect(rowOf(rows, 'ann')?.total).toBe(1);
    expect(agentFigures([entryOf({ id: '1', agent: 'zed', inbound: true })], rule, [])).toEqual([]);
  });

  it('adds agents missing from the roster, and one unknown-agent row, last, for tweets of nobody known', () => {
    const rows = agentFigures(
      [entryOf({ id: '1' }), entryOf({ id: '2', state: 'Composing', error: 'x' }), sent('3', 'carl', 1_000)],
      rule,
      ['bob', 'ann'],
    );
    expect(rows.map((row) => row.agent)).toEqual(['ann', 'bob', 'carl', unknownAgent]);
    expect(unknownAgent).toBe('(unknown agent)');
    expect(rows.at(-1)).toMatchObject({ known: false, total: 2, errors: 1 });
  });

  it('keeps an agent really named like the unknown-agent row apart from it', () => {
    const rows = agentFigures([entryOf({ id: '1', agent: unknownAgent }), entryOf({ id: '2' })], rule, []);
    expect(rows.map((row) => [row.agent, row.known, row.total])).toEqual([
      [unknownAgent, true, 1],
      [unknownAgent, false, 1],
    ]);
  });

  it('has one row per roster agent, listed twice or not', () => {
    expect(agentFigures([], rule, ['ann', 'ann']).length).toBe(1);
  });

  it('sorts by user name, numbers in names in number order, whatever the case', () => {
    const rows = agentFigures([], rule, ['agent10', 'Bob', 'agent2', 'alice']);
    expect(rows.map((row) => row.agent)).toEqual(['agent2', 'agent10', 'alice', 'Bob']);
  });
});

describe('sortAgentFigures', () => {
  const rows = agentFigures(
    [
      sent('1', 'ann', 5_000),
      sent('2', 'ann', 5_000),
      entryOf({ id: '3', agent: 'bob', state: 'Composing', error: 'x' }),
      entryOf({ id: '4', agent: 'bob', state: 'Composing', error: 'y' }),
      entryOf({ id: '5', agent: 'carl', state: 'Composing', error: 'z' }),
      sent('6', 'carl', 1_000),
      entryOf({ id: '7', state: 'Composing', composingAt: 0 }),
    ],
    rule,
    ['dora'],
  );
  const order = (column: Parameters<typeof sortAgentFigures>[1], direction: Parameters<typeof sortAgentFigures>[2]) =>
    sortAgentFigures(rows, column, direction).map((row) => row.agent);

  it('orders by name both ways, the unknown-agent row last either way', () => {
    expect(order('agent', 'ascending')).toEqual(['ann', 'bob', 'carl', 'dora', unknownAgent]);
    expect(order('agent', 'descending')).toEqual(['dora', 'carl', 'bob', 'ann', unknownAgent]);
  });

  it('orders by a count, ties by name', () => {
    expect(order('Error', 'descending')).toEqual(['bob', 'carl', 'ann', 'dora', unknownAgent]);
    expect(order('Error', 'ascending')).toEqual(['ann', 'dora', unknownAgent, 'carl', 'bob']);
    expect(order('total', 'descending')).toEqual(['ann', 'bob', 'carl', unknownAgent, 'dora']);
    expect(order('Stuck', 'descending')[0]).toBe(unknownAgent);
  });

  it('orders by median, the rows without one last either way', () => {
    expect(order('medianComposingToSent', 'ascending')).toEqual(['carl', 'ann', 'bob', 'dora', unknownAgent]);
    expect(order('medianComposingToSent', 'descending')).toEqual(['ann', 'carl', 'bob', 'dora', unknownAgent]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = [...rows];
    sortAgentFigures(rows, 'total', 'descending');
    expect(rows).toEqual(before);
  });
});

describe('agentFigures, any tweets', () => {
  const anyEntry = fc.record({
    agent: fc.option(fc.constantFrom('ann', 'bob', 'carl', unknownAgent, '__proto__'), { nil: undefined }),
    state: fc.constantFrom('Composing', 'Sent', 'Canceled', 'Completed', 'Processing', 'constructor'),
    inbound: fc.boolean(),
    error: fc.option(fc.constant('failed'), { nil: undefined }),
    composingAt: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
    sentAt: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
  });
  const entries = fc
    .array(anyEntry, { maxLength: 60 })
    .map((shapes) => shapes.map((shape, i) => entryOf({ id: `T${i}`, ...shape })));

  it('adds up: per-state counts to each total, totals to the outbound tweets, errors and stuck within', () => {
    fc.assert(
      fc.property(entries, fc.array(fc.constantFrom('ann', 'dora'), { maxLength: 3 }), (list, roster) => {
        const rows = agentFigures(list, rule, roster);
        for (const row of rows) {
          expect([...row.byState.values()].reduce((sum, n) => sum + n, 0)).toBe(row.total);
          expect(row.errors).toBe(row.byState.get('Error') ?? 0);
          expect(row.stuck).toBeLessThanOrEqual(row.byState.get('Composing') ?? 0);
        }
        const outbound = list.filter((entry) => entry.tweet.twitterType !== 'Inbound').length;
        expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(outbound);
        for (const agent of roster) expect(rows.filter((row) => row.known && row.agent === agent)).toHaveLength(1);
      }),
    );
  });
});

describe('median', () => {
  it('is what sorting gives: the middle value, or the mean of the two middle ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        const expected = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
        const before = [...values];
        expect(median(values)).toBe(expected);
        expect(values).toEqual(before);
      }),
    );
  });

  it('is undefined for no values', () => {
    expect(median([])).toBeUndefined();
  });
});
