// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { alertThresholdsKey } from '../../../src/features/outbound/dashboard/alerts/alertThresholds';
import { unknownAgent } from '../../../src/features/outbound/dashboard/perAgent/agentFigures';
import { SupervisorDashboard } from '../../../src/features/outbound/dashboard/SupervisorDashboard';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { OrderedStore } from '../../../src/features/outbound/model/orderedStore';
import { emptyOutboundTweets, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';
import type { RowSelection } from '../../../src/features/outbound/model/selectRows';

// jsdom has no canvas: the charts' uPlot draws nothing here (the summaries are what is checked).
vi.mock('uplot', () => ({
  default: class {
    static paths = { bars: () => () => null };
    setData() {}
    setSize() {}
    destroy() {}
  },
}));

const t0 = new Date(2026, 10, 25, 14, 32, 30).getTime();
const noSelection: RowSelection = { count: 0, at: () => undefined, stateCounts: new Map(), stuck: 0 };

function entryOf(id: string, agent: string | undefined, stateTimes: Record<string, number>): OutboundEntry {
  const state = Object.keys(stateTimes).at(-1);
  const firstSeen = Math.min(...Object.values(stateTimes));
  return { id, tweet: { id, state, twitterType: 'Outbound' }, stateTimes, firstSeen, lastChange: firstSeen, error: undefined, agent };
}

function tweetsOf(entries: OutboundEntry[]): OutboundTweets {
  const draft = OrderedStore.empty<OutboundEntry>().edit();
  for (const entry of entries) draft.set(entry);
  return { ...emptyOutboundTweets, entries: draft.finish() };
}

const entries = [
  entryOf('A1', 'ann', { Composing: t0 - 3_000, Sent: t0 - 1_000 }),
  entryOf('B1', 'bob', { Composing: t0 - 60_000 }), // stuck: Composing for a minute, 30 s allowed
  entryOf('U1', undefined, { Composing: t0 - 2_000, Sent: t0 - 1_500 }),
];

function dashboard(data: OutboundTweets, now: number) {
  return (
    <SupervisorDashboard data={data} selection={noSelection} shownCount={noSelection.count} now={now} thresholdMs={30_000} team rosterAgents={['ann', 'bob', 'carl']} selectedAgent={undefined} onFilter={vi.fn()} queueLabel={(path) => path} />
  );
}

/** [agent, total] per body row: the total cell's text starts with its number (a button's adds words for screen readers). */
const agentTotals = () =>
  within(screen.getByRole('table', { name: 'Tweets per agent' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader').textContent, Number.parseInt(within(row).getAllByRole('cell')[0]?.textContent ?? '', 10)]);

beforeEach(() => {
  localStorage.setItem(alertThresholdsKey, JSON.stringify({ stuck: 1 }));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(t0);
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('SupervisorDashboard', () => {
  it('shows the per-agent figures, the alerts and the charts of one pass over the tweets, and follows them once a second', async () => {
    const { rerender } = render(dashboard(tweetsOf(entries), t0));
    expect(agentTotals()).toEqual([
      ['ann', 1],
      ['bob', 1],
      ['carl', 0],
      [unknownAgent, 1],
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('1 tweet stuck (alert at 1)');
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    expect(screen.getByRole('figure', { name: 'Tweets per minute by state' })).toHaveAccessibleDescription(/^Last 15 minutes: 2 Sent, 3 Composing;/);

    act(() => void vi.advanceTimersByTime(500));
    rerender(dashboard(tweetsOf([...entries, entryOf('C1', 'carl', { Composing: t0 + 400 })]), t0 + 500));
    expect(agentTotals()[2]).toEqual(['carl', 0]);
    act(() => void vi.advanceTimersByTime(500));
    act(() => void vi.advanceTimersByTime(0)); // the pass over the new sample: a task of its own
    expect(agentTotals()[2]).toEqual(['carl', 1]);
  });
});
