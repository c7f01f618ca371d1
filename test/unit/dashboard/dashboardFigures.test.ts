import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardEntries } from '../../../bench/support/dashboardEntries';
import { dashboardFigures, type DashboardFigures, type FiguresInput } from '../../../src/features/outbound/dashboard/dashboardFigures';
import { unknownAgent, type AgentFigures } from '../../../src/features/outbound/dashboard/perAgent/agentFigures';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { referenceAgentFigures, referenceAlertMeasures, referenceTweetRates } from './support/referenceFigures';

const minute = 60_000;
const now = Date.UTC(2026, 10, 25, 14, 32, 30);

/** What the three separate passes of before gave for the same entries. */
function before(entries: readonly OutboundEntry[], { now: at, thresholdMs, roster }: FiguresInput): DashboardFigures {
  const rule = { now: at, thresholdMs };
  return {
    agents: roster === undefined ? [] : referenceAgentFigures(entries, rule, roster),
    measures: referenceAlertMeasures(entries, rule),
    rates: { 15: referenceTweetRates(entries, { now: at, minutes: 15 }), 60: referenceTweetRates(entries, { now: at, minutes: 60 }) },
  };
}

/** The rows with `byState` as its entries in order: equal means equal in insertion order too. */
const inOrder = (rows: AgentFigures[]) => rows.map((row) => ({ ...row, byState: [...row.byState] }));

function expectSameFigures(entries: readonly OutboundEntry[], input: FiguresInput): void {
  const fused = dashboardFigures(entries, input);
  const expected = before(entries, input);
  expect(inOrder(fused.agents)).toEqual(inOrder(expected.agents));
  expect(fused.measures).toEqual(expected.measures);
  expect(fused.rates).toEqual(expected.rates);
}

const states = ['Composing', 'Sent', 'Canceled', 'Completed', 'Processing', 'Invited', 'Weird', 'constructor'];
const time = fc.oneof(fc.integer({ min: -75 * minute, max: 2 * minute }).map((offset) => now + offset), fc.constant(Number.NaN));
const anyEntry = fc.record({
  agent: fc.option(fc.constantFrom('ann', 'bob', 'carl', unknownAgent, '__proto__'), { nil: undefined }),
  state: fc.option(fc.constantFrom(...states), { nil: undefined }),
  twitterType: fc.option(fc.constantFrom('Outbound', 'Inbound'), { nil: undefined }),
  stateTimes: fc.dictionary(fc.constantFrom(...states), time),
  listed: fc.boolean(),
  /** Which time firstSeen is (a list read's states began at firstSeen, a bound). */
  firstSeenOf: fc.nat(),
  errorAt: fc.option(time, { nil: undefined }),
});

const entries = fc.array(anyEntry, { maxLength: 50 }).map((drafts) =>
  drafts.map(({ agent, state, twitterType, stateTimes, listed, firstSeenOf, errorAt }, i): OutboundEntry => {
    const times = Object.values(stateTimes);
    const firstSeen = times.length > 0 ? (times[firstSeenOf % times.length] ?? now) : now - firstSeenOf;
    return {
      id: `T${i}`,
      tweet: { id: `T${i}`, state, twitterType },
      stateTimes,
      firstSeen,
      lastChange: firstSeen,
      ...(listed ? { startUnknown: true as const } : {}),
      error: errorAt === undefined ? undefined : { message: 'Twitter said no', referenceId: i, at: errorAt },
      agent,
    };
  }),
);

describe('dashboardFigures: one pass for all the figures', () => {
  it('gives exactly what the three separate passes gave, for any tweets, moment, threshold and roster', () => {
    fc.assert(
      fc.property(
        entries,
        fc.integer({ min: -3 * minute, max: 3 * minute }),
        fc.constantFrom(0, 30_000, 5 * minute),
        fc.option(fc.array(fc.constantFrom('ann', 'dora', '__proto__'), { maxLength: 3 }), { nil: undefined }),
        (list, nowOffset, thresholdMs, roster) => expectSameFigures(list, { now: now + nowOffset, thresholdMs, roster }),
      ),
      { numRuns: 300 },
    );
  });

  it('gives exactly what they gave over tweets as the reducer builds them (a list read, live tweets, errors, stuck drafts)', () => {
    const store = dashboardEntries({ tweets: 3_000, now, agents: 7 }).entries;
    const list = [...store.values()];
    expect(list.some((entry) => entry.startUnknown)).toBe(true);
    const roster = ['loadagent0', 'loadagent3', 'nobody'];
    expectSameFigures(list, { now, thresholdMs: 30_000, roster });
    expectSameFigures(list, { now: now + 30 * minute, thresholdMs: 0, roster: undefined });
    // Ten minutes after the list read (75 minutes before `now`): its states (times only bounds) in both windows.
    expectSameFigures(list, { now: now - 65 * minute, thresholdMs: 30_000, roster });
    const { agents, measures, rates } = dashboardFigures(list, { now, thresholdMs: 30_000, roster });
    expect(agents.map((row) => row.agent)).toEqual(['loadagent0', 'loadagent1', 'loadagent2', 'loadagent3', 'loadagent4', 'loadagent5', 'loadagent6', 'nobody', unknownAgent]);
    expect(measures.stuck).toBeGreaterThan(0);
    expect(rates[60].totals.Sent).toBeGreaterThan(rates[15].totals.Sent ?? 0);
  });

  it('has no per-agent rows without a roster (not a team), and still measures and counts', () => {
    const sent: OutboundEntry = { id: 'S', tweet: { id: 'S', state: 'Sent' }, stateTimes: { Composing: now - 2_000, Sent: now - 1_000 }, firstSeen: now - 2_000, lastChange: now - 1_000, error: undefined, agent: 'ann' };
    const failed: OutboundEntry = { ...sent, id: 'F', tweet: { id: 'F', state: 'Composing' }, stateTimes: { Composing: now - 5_000 }, error: { message: 'no', referenceId: 1, at: now - 4_000 } };
    const figures = dashboardFigures([sent, failed], { now, thresholdMs: 30_000, roster: undefined });
    expect(figures.agents).toEqual([]);
    expect(figures.measures).toEqual({ errorsLastMinute: 1, stuck: 0 });
    expect(figures.rates[15].totals).toEqual({ Sent: 1, Composing: 2, Canceled: 0, Completed: 0, Error: 1 });
    expect(figures.rates[60].bucketStarts).toHaveLength(60);
  });
});
