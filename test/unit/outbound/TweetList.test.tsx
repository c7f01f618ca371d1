// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent } from '../../../src/features/outbound/model/outboundTweets';
import { defaultOutboundFilters, selectRows } from '../../../src/features/outbound/model/selectRows';
import { formatClockTime, formatRelativeTime } from '../../../src/features/outbound/model/timeFormat';
import { rowsPerStep, TweetList } from '../../../src/features/outbound/panel/TweetList';
import { giveTheListALayout } from './support/listLayout';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = giveTheListALayout();
});
afterEach(() => {
  restoreLayout();
});

function selectionOf(count: number) {
  const events: OutboundEvent[] = Array.from({ length: count }, (_, i) => ({
    type: 'notification',
    notification: {
      kind: 'tweetState',
      notificationType: 'StatusChange',
      referenceId: i,
      tweet: { id: `T${i}`, state: 'Sent', capabilities: [], message: `Tweet number ${i}`, userData: { _twitterUserScreenName: 'gc_support', Case: `C-${i}` } },
    },
    at: 1_000 + i,
  }));
  return selectRows(applyOutboundEvents(emptyOutboundTweets, events, 100_000), defaultOutboundFilters, { now: 10_000, thresholdMs: 30_000 });
}

/** Renders the list of `count` tweets; returns its feed. */
function feedOf(count: number) {
  render(
    <section aria-labelledby="h">
      <h2 id="h">Outbound tweets</h2>
      <TweetList selection={selectionOf(count)} now={10_000} stuckThresholdMs={30_000} busy={false} labelledBy="h" />
    </section>,
  );
  return screen.getByRole('feed', { name: 'Outbound tweets' });
}

describe('TweetList', () => {
  it('renders only the rows in view, newest first, each an article placed in the whole list', () => {
    const feed = feedOf(2_500);
    const rows = within(feed).getAllByRole('article');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]).toHaveTextContent('Tweet number 2499');
    // The time of its state, relative and as a clock time, both in sight.
    expect(rows[0]).toHaveTextContent(`Sent ${formatRelativeTime(3_499, 10_000)} (${formatClockTime(3_499)})`);
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows[0]).toHaveAttribute('aria-setsize', '2500');
  });

  it('hands the virtualizer one more step of older rows when the end of the current ones comes into view', () => {
    feedOf(2_500);
    expect(screen.getByText(`${(2_500 - rowsPerStep).toLocaleString('en-US')} older tweets load as you scroll (or narrow the list with the filters).`)).toBeInTheDocument();

    // The scroll container has no role to find it by: what it does is scroll.
    // eslint-disable-next-line testing-library/no-node-access -- see above
    const scroller = screen.getByRole('feed').parentElement;
    if (!scroller) throw new Error('no scroll container');
    scroller.scrollTop = rowsPerStep * 150;
    fireEvent.scroll(scroller);
    expect(screen.getByText('500 older tweets load as you scroll (or narrow the list with the filters).')).toBeInTheDocument();
    expect(screen.getByText(`Tweet number ${2_499 - rowsPerStep + 1}`)).toBeInTheDocument();
  });

  it('opens a row’s userData table and keeps it open; Page Down moves focus to the next row', async () => {
    const feed = feedOf(30);
    const first = within(feed).getAllByRole('article')[0];
    if (!first) throw new Error('no row');
    const toggle = within(first).getByRole('button', { name: 'userData (2)' });
    await userEvent.click(toggle);
    expect(within(first).getByRole('table', { name: 'userData of tweet T29' })).toHaveTextContent('CaseC-29');

    first.focus();
    await userEvent.keyboard('{PageDown}');
    const second = () => within(feed).getAllByRole('article').find((row) => row.getAttribute('aria-posinset') === '2');
    await waitFor(() => expect(second()).toHaveFocus());
  });
});
