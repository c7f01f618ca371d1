// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardFigures } from '../../../src/features/outbound/dashboard/dashboardFigures';
import { figuresIntervalMs, useDashboardFigures } from '../../../src/features/outbound/dashboard/useDashboardFigures';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { OrderedStore } from '../../../src/features/outbound/model/orderedStore';
import { emptyOutboundTweets, type OutboundTweets } from '../../../src/features/outbound/model/outboundTweets';

const t0 = Date.UTC(2026, 10, 25, 14, 32, 30);
const roster = ['ann', 'bob'];

function sent(i: number, at: number): OutboundEntry {
  return { id: `T${i}`, tweet: { id: `T${i}`, state: 'Sent' }, stateTimes: { Composing: at - 1_000 * (i + 1), Sent: at }, firstSeen: at - 1_000, lastChange: at, error: undefined, agent: i % 2 ? 'bob' : 'ann' };
}

function tweetsOf(count: number, at: number): OutboundTweets {
  const draft = OrderedStore.empty<OutboundEntry>().edit();
  for (let i = 0; i < count; i += 1) draft.set(sent(i, at));
  return { ...emptyOutboundTweets, entries: draft.finish() };
}

const figuresOf = (data: OutboundTweets, now: number, thresholdMs: number, agents: readonly string[] | undefined) =>
  dashboardFigures(data.entries.values(), { now, thresholdMs, roster: agents });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(t0);
});
afterEach(() => {
  vi.useRealTimers();
});

interface Props {
  data: OutboundTweets;
  now: number;
  thresholdMs: number;
  agents: readonly string[] | undefined;
}

const useFigures = ({ data, now, thresholdMs, agents }: Props) => useDashboardFigures(data, now, thresholdMs, agents);

describe('useDashboardFigures', () => {
  it('has the figures of the tweets as soon as it is shown (a small list takes one slice)', () => {
    const data = tweetsOf(3, t0);
    const { result } = renderHook(useFigures, { initialProps: { data, now: t0, thresholdMs: 30_000, agents: roster } });
    expect(result.current).toEqual(figuresOf(data, t0, 30_000, roster));
    expect(result.current?.agents.map((row) => [row.agent, row.total, row.medianComposingToSentMs])).toEqual([
      ['ann', 2, 2_000],
      ['bob', 1, 2_000],
    ]);
  });

  it('follows the tweets and the time at most once a second, with the latest of both', () => {
    const first = tweetsOf(1, t0);
    const { result, rerender } = renderHook(useFigures, { initialProps: { data: first, now: t0, thresholdMs: 30_000, agents: roster } });
    let latest = first;
    for (let count = 2; count <= 10; count += 1) {
      act(() => void vi.advanceTimersByTime(100));
      latest = tweetsOf(count, Date.now());
      rerender({ data: latest, now: Date.now(), thresholdMs: 30_000, agents: roster });
    }
    expect(result.current).toEqual(figuresOf(first, t0, 30_000, roster));
    act(() => void vi.advanceTimersByTime(figuresIntervalMs - 900));
    // The sample is taken; its pass runs in a task of its own.
    expect(result.current).toEqual(figuresOf(first, t0, 30_000, roster));
    act(() => void vi.advanceTimersByTime(0));
    expect(result.current).toEqual(figuresOf(latest, t0 + 900, 30_000, roster));
  });

  it('counts again, in the next task, for another threshold or roster; no per-agent rows without a roster', () => {
    const data = tweetsOf(4, t0);
    const initialProps: Props = { data, now: t0, thresholdMs: 30_000, agents: roster };
    const { result, rerender } = renderHook(useFigures, { initialProps });
    rerender({ data, now: t0, thresholdMs: 30_000, agents: undefined });
    act(() => void vi.advanceTimersByTime(0));
    expect(result.current?.agents).toEqual([]);
    expect(result.current).toEqual(figuresOf(data, t0, 30_000, undefined));
    rerender({ data, now: t0, thresholdMs: 1_000, agents: ['carl'] });
    act(() => void vi.advanceTimersByTime(0));
    expect(result.current).toEqual(figuresOf(data, t0, 1_000, ['carl']));
  });
});
