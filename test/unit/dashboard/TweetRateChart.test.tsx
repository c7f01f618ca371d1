// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type uPlot from 'uplot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyTweetRateChart } from '../../../src/features/outbound/dashboard/charts/LazyTweetRateChart';
import { TweetRateChart } from '../../../src/features/outbound/dashboard/charts/TweetRateChart';
import { dashboardFigures } from '../../../src/features/outbound/dashboard/dashboardFigures';
import type { WindowRates } from '../../../src/features/outbound/dashboard/charts/tweetRates';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';

// jsdom has no canvas: uPlot is replaced by a fake that records what it is asked to draw.
const fake = vi.hoisted(() => {
  class FakeUplot {
    static instances: FakeUplot[] = [];
    static failing = false;
    static paths = { bars: () => () => null };
    readonly setDataCalls: uPlot.AlignedData[] = [];
    readonly sizes: { width: number; height: number }[] = [];
    destroyed = false;
    constructor(
      readonly options: uPlot.Options,
      readonly data: uPlot.AlignedData,
      readonly target: HTMLElement,
    ) {
      if (FakeUplot.failing) throw new Error('no canvas here');
      FakeUplot.instances.push(this);
    }
    setData(data: uPlot.AlignedData) {
      this.setDataCalls.push(data);
    }
    setSize(size: { width: number; height: number }) {
      this.sizes.push(size);
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeUplot };
});
vi.mock('uplot', () => ({ default: fake.FakeUplot }));

const minute = 60_000;
/** 14:32:30 local time: the charts' last minute is 14:32. */
const t0 = new Date(2026, 10, 25, 14, 32, 30).getTime();
const at = (hours: number, minutes: number, seconds = 0) => new Date(2026, 10, 25, hours, minutes, seconds).getTime();

function entryOf(id: string, stateTimes: Record<string, number>, errorAt?: number, twitterType = 'Outbound'): OutboundEntry {
  const error = errorAt === undefined ? undefined : { message: 'Twitter said no', referenceId: 1, at: errorAt };
  const firstSeen = Math.min(...Object.values(stateTimes));
  return { id, tweet: { id, state: Object.keys(stateTimes).at(-1), twitterType }, stateTimes, firstSeen, lastChange: firstSeen, error, agent: undefined };
}

/** What the dashboard gives the charts: the rates of the entries at `now`, over both windows. */
function ratesOf(entries: OutboundEntry[], now: number): WindowRates {
  return dashboardFigures(entries, { now, thresholdMs: 0, roster: undefined }).rates;
}

/** 3 Sent (14:30), 5 Composing (14:29, 2 at 14:31, 2 at 14:32), 3 errors (2 at 14:31, 1 at 14:32), 1 inbound. */
const entries = [
  entryOf('E1', { Composing: at(14, 29, 10), Sent: at(14, 30, 5) }),
  entryOf('E2', { Sent: at(14, 30, 20) }),
  entryOf('E3', { Sent: at(14, 30, 40) }),
  entryOf('E4', { Composing: at(14, 32, 1) }),
  entryOf('E5', { Composing: at(14, 31) }, at(14, 31, 10)),
  entryOf('E6', { Composing: at(14, 31, 30) }, at(14, 31, 40)),
  entryOf('E7', { Composing: at(14, 32, 5) }, at(14, 32, 10)),
  entryOf('IN', { Sent: at(14, 32) }, undefined, 'Inbound'),
];
const zeros = (length: number) => new Array<number>(length).fill(0);
/** 15 minutes' counts with the given values at the last minutes (…, 14:29, 14:30, 14:31, 14:32). */
const lastMinutes = (...values: number[]) => [...zeros(15 - values.length), ...values];
const xs = Array.from({ length: 15 }, (_, i) => (at(14, 18) + i * minute) / 1000);

const plots = () => fake.FakeUplot.instances;
const stateChart = () => plots().find((plot) => plot.options.series.length === 6);
const errorChart = () => plots().find((plot) => plot.options.series.length === 2);

async function plotsLoaded() {
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}

beforeEach(() => {
  fake.FakeUplot.instances = [];
  fake.FakeUplot.failing = false;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('TweetRateChart', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(t0);
  });

  it('draws tweets per minute by state and errors per minute into its figures, counts above zero on data-points', async () => {
    render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();

    expect(plots()).toHaveLength(2);
    expect(stateChart()?.options.series.map((series) => series.label)).toEqual(['Minute', 'Sent', 'Composing', 'Canceled', 'Completed', 'Error']);
    expect(stateChart()?.data).toEqual([xs, lastMinutes(0, 3, 0, 0), lastMinutes(1, 0, 2, 2), zeros(15), zeros(15), lastMinutes(0, 0, 2, 1)]);
    expect(errorChart()?.data).toEqual([xs, lastMinutes(0, 0, 2, 1)]);

    const byState = screen.getByRole('figure', { name: 'Tweets per minute by state' });
    const errors = screen.getByRole('figure', { name: 'Errors per minute' });
    expect(byState).toHaveAttribute('data-chart', 'drawn');
    expect(byState).toHaveAttribute('data-points', '6');
    expect(errors).toHaveAttribute('data-points', '2');
    expect(byState).toContainElement(stateChart()?.target ?? null);
    expect(errors).toContainElement(errorChart()?.target ?? null);
  });

  it('gives each chart a summary and a table of the minutes, newest first, with totals', async () => {
    render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();

    const byState = screen.getByRole('figure', { name: 'Tweets per minute by state' });
    expect(byState).toHaveAccessibleDescription('Last 15 minutes: 3 Sent, 5 Composing, 3 Error; peak 3 Sent per minute at 14:30');
    const table = within(byState).getByRole('table', { name: 'Tweets per minute by state, newest minute first' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 15 + 1);
    const cellsOf = (row: HTMLElement | undefined) => (row ? within(row).getAllByRole('cell').map((cell) => cell.textContent) : []);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Minute', 'Sent', 'Composing', 'Canceled', 'Completed', 'Error']);
    expect(within(rows[1] ?? table).getByRole('rowheader')).toHaveTextContent('14:32');
    expect(cellsOf(rows[1])).toEqual(['0', '2', '0', '0', '1']);
    expect(within(rows[3] ?? table).getByRole('rowheader')).toHaveTextContent('14:30');
    expect(cellsOf(rows[3])).toEqual(['3', '0', '0', '0', '0']);
    expect(within(rows[16] ?? table).getByRole('rowheader')).toHaveTextContent('Total');
    expect(cellsOf(rows[16])).toEqual(['3', '5', '0', '0', '3']);

    const errors = screen.getByRole('figure', { name: 'Errors per minute' });
    expect(errors).toHaveAccessibleDescription('Last 15 minutes: 3 errors; peak 2 per minute at 14:31');
    expect(within(errors).getAllByRole('row')).toHaveLength(17);
  });

  it('says so when nothing happened in the window', async () => {
    render(<TweetRateChart rates={ratesOf([], t0)} />);
    await plotsLoaded();
    const byState = screen.getByRole('figure', { name: 'Tweets per minute by state' });
    expect(byState).toHaveAccessibleDescription('Last 15 minutes: no tweet changed state and no error.');
    expect(byState).toHaveAttribute('data-points', '0');
    expect(screen.getByRole('figure', { name: 'Errors per minute' })).toHaveAccessibleDescription('Last 15 minutes: no errors.');
  });

  it('redraws at most once a second with setData on the same charts, however often it re-renders', async () => {
    const { rerender } = render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();
    let latest = entries;
    const renderMore = (count: number) => {
      for (let i = 0; i < count; i += 1) {
        latest = [...latest, entryOf(`N${latest.length}`, { Sent: Date.now() })];
        rerender(<TweetRateChart rates={ratesOf(latest, Date.now())} />);
        act(() => void vi.advanceTimersByTime(50));
      }
    };

    renderMore(19); // 950 ms of frames
    expect(stateChart()?.setDataCalls).toHaveLength(0);
    act(() => void vi.advanceTimersByTime(50));
    expect(stateChart()?.setDataCalls).toHaveLength(1);
    expect(errorChart()?.setDataCalls).toHaveLength(1);
    expect(stateChart()?.setDataCalls[0]?.[1]).toEqual(lastMinutes(0, 3, 0, 19));

    renderMore(30); // 1.5 s more: one more redraw, at 2 s
    expect(stateChart()?.setDataCalls).toHaveLength(2);
    act(() => void vi.advanceTimersByTime(500));
    expect(stateChart()?.setDataCalls).toHaveLength(3);
    expect(stateChart()?.setDataCalls.at(-1)?.[1]).toEqual(lastMinutes(0, 3, 0, 49));
    expect(plots()).toHaveLength(2);
    expect(screen.getByRole('figure', { name: 'Tweets per minute by state' })).toHaveAccessibleDescription(
      'Last 15 minutes: 52 Sent, 5 Composing, 3 Error; peak 49 Sent per minute at 14:32',
    );
  });

  it('follows the width of its container, and removes the charts when unmounted', async () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const { unmount } = render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();
    const resizeTo = (width: number) => ({ contentRect: { width } }) as ResizeObserverEntry;
    act(() => observed.forEach((callback) => callback([resizeTo(480)], {} as ResizeObserver)));
    expect(stateChart()?.sizes).toEqual([{ width: 480, height: 220 }]);
    unmount();
    expect(plots().every((plot) => plot.destroyed)).toBe(true);
  });

  it('keeps the numbers on screen when the chart cannot be drawn', async () => {
    fake.FakeUplot.failing = true;
    render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();
    const byState = screen.getByRole('figure', { name: 'Tweets per minute by state' });
    expect(byState).toHaveAttribute('data-chart', 'failed');
    expect(byState).not.toHaveAttribute('data-points');
    expect(within(byState).getByText(/could not be loaded/)).toBeInTheDocument();
    expect(within(byState).getByTestId('rate-table-frame')).not.toHaveClass('visually-hidden');
  });
});

// Real timers: Testing Library waits for user events with setTimeout.
describe('TweetRateChart, on request', () => {
  it('switches between the last 15 and 60 minutes at once, with a radio group', async () => {
    const user = userEvent.setup();
    render(<TweetRateChart rates={ratesOf([...entries, entryOf('old', { Sent: t0 - 40 * minute })], t0)} />);
    await plotsLoaded();
    const window = screen.getByRole('group', { name: 'Time window' });
    expect(within(window).getByRole('radio', { name: 'Last 15 minutes' })).toBeChecked();

    await user.click(within(window).getByRole('radio', { name: 'Last 60 minutes' }));
    expect(within(window).getByRole('radio', { name: 'Last 60 minutes' })).toBeChecked();
    const drawn = stateChart()?.setDataCalls.at(-1);
    expect(drawn?.[0]).toHaveLength(60);
    expect(drawn?.[1]?.[59 - 40]).toBe(1);
    const byState = screen.getByRole('figure', { name: 'Tweets per minute by state' });
    expect(byState).toHaveAccessibleDescription(/^Last 60 minutes: 4 Sent,/);
    expect(within(byState).getAllByRole('row')).toHaveLength(62);
  });

  it('shows the table on screen on request', async () => {
    const user = userEvent.setup();
    render(<TweetRateChart rates={ratesOf(entries, t0)} />);
    await plotsLoaded();
    const errors = screen.getByRole('figure', { name: 'Errors per minute' });
    const toggle = within(errors).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(within(errors).getByTestId('rate-table-frame')).toHaveClass('visually-hidden');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(errors).getByTestId('rate-table-frame')).not.toHaveClass('visually-hidden');
  });
});

describe('LazyTweetRateChart', () => {
  it('says it is loading, then shows the charts', async () => {
    render(<LazyTweetRateChart rates={ratesOf(entries, t0)} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the tweet-rate charts…');
    expect(await screen.findByRole('figure', { name: 'Errors per minute' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says it is loading until the first rates are counted', async () => {
    const { rerender } = render(<LazyTweetRateChart rates={undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the tweet-rate charts…');
    rerender(<LazyTweetRateChart rates={ratesOf(entries, t0)} />);
    expect(await screen.findByRole('figure', { name: 'Tweets per minute by state' })).toHaveAccessibleDescription(/^Last 15 minutes: 3 Sent,/);
  });
});
