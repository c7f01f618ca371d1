// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundEvent } from '../../../src/features/outbound/model/outboundTweets';
import { createQueueLabels } from '../../../src/features/outbound/model/queueView';
import { defaultOutboundFilters, selectRows } from '../../../src/features/outbound/model/selectRows';
import { sortRows, type TweetSort } from '../../../src/features/outbound/model/sortRows';
import { TweetTable } from '../../../src/features/outbound/table/TweetTable';
import { giveTheListALayout } from './support/listLayout';

let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = giveTheListALayout();
});
afterEach(() => {
  restoreLayout();
});

const agents = ['agent10', 'agent2', 'agent1'];
const data = applyOutboundEvents(
  emptyOutboundTweets,
  Array.from({ length: 3_000 }, (_, i): OutboundEvent => ({
    type: 'notification',
    notification: {
      kind: 'tweetState',
      notificationType: 'StatusChange',
      referenceId: i,
      tweet: {
        id: `T${i}`,
        state: 'Sent',
        from: 'gc_support',
        message: `Tweet number ${i}`,
        userData: { ConsoleAgent: agents[i % 3] ?? '?', ConsoleQueue: '/queues/care' },
      },
    },
    at: 1_000 + i,
  })),
  100_000,
);
const queueLabel = createQueueLabels([{ name: 'Customer care', path: '/queues/care' }]);

/** The table as the supervisor view uses it: sorting and the selected tweet kept by the caller. */
function Harness() {
  const [sort, setSort] = useState<TweetSort | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const selection = sortRows(selectRows(data, defaultOutboundFilters, { now: 10_000, thresholdMs: 30_000 }), sort, { queueLabel });
  return (
    <section aria-labelledby="h">
      <h2 id="h">Outbound tweets</h2>
      <p>Selected: {selectedId ?? 'none'}</p>
      <TweetTable
        selection={selection}
        now={10_000}
        stuckThresholdMs={30_000}
        busy={false}
        labelledBy="h"
        sort={sort}
        onSortChange={setSort}
        selectedId={selectedId}
        onSelect={setSelectedId}
        queueLabel={queueLabel}
      />
    </section>
  );
}

const grid = () => screen.getByRole('grid', { name: 'Outbound tweets' });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
/** The cell of the selected row that reads `text`. */
const selectedCell = (text: string) => within(within(grid()).getByRole('row', { selected: true })).getByRole('gridcell', { name: text });

/** `data` with newer Sent tweets on top, the last of `ids` newest. */
const withNewer = (ids: string[], messageOf: (id: string) => string) =>
  applyOutboundEvents(
    data,
    ids.map((id, i): OutboundEvent => ({
      type: 'notification',
      notification: { kind: 'tweetState', notificationType: 'StatusChange', referenceId: undefined, tweet: { id, state: 'Sent', message: messageOf(id) } },
      at: 9_000 + i,
    })),
    100_000,
  );

/** The table alone at 10 s (no sort), over `source`: for the tests that feed it newer tweets. */
function tableOf(source: typeof data, selectedId?: string, onSelect: (id: string | undefined) => void = () => undefined) {
  return (
    <section aria-labelledby="h">
      <h2 id="h">Outbound tweets</h2>
      <TweetTable
        selection={selectRows(source, defaultOutboundFilters, { now: 10_000, thresholdMs: 30_000 })}
        now={10_000}
        stuckThresholdMs={30_000}
        busy={false}
        labelledBy="h"
        sort={undefined}
        onSortChange={() => undefined}
        selectedId={selectedId}
        onSelect={onSelect}
        queueLabel={queueLabel}
      />
    </section>
  );
}

describe('TweetTable', () => {
  it('is a grid of one line per tweet, newest first, only the rows in view rendered, placed in the whole list', () => {
    render(<Harness />);
    expect(grid()).toHaveAttribute('aria-rowcount', '3001');
    const headers = within(grid()).getAllByRole('columnheader').map((header) => header.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual(['State', 'Time', 'From', 'Agent', 'Queue', 'Message', 'Composing → Sent', 'userData']);
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    const cells = within(rows[0] ?? document.body).getAllByRole('gridcell').map((cell) => cell.textContent);
    expect(cells).toEqual(['Sent', expect.stringMatching(/^\d\d:\d\d:\d\d$/), '@gc_support', 'agent1', 'Customer care', 'Tweet number 2999', '', '2']);
  });

  it('sorts by a column on a click, says so with aria-sort, and turns the order round on a second click', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const agentHeader = () => within(grid()).getByRole('columnheader', { name: /Agent/ });
    expect(agentHeader()).not.toHaveAttribute('aria-sort');
    await user.click(within(agentHeader()).getByRole('button'));
    expect(agentHeader()).toHaveAttribute('aria-sort', 'ascending');
    expect(within(bodyRows()[0] ?? document.body).getAllByRole('gridcell')[3]).toHaveTextContent(/^agent1$/);
    await user.click(within(agentHeader()).getByRole('button'));
    expect(agentHeader()).toHaveAttribute('aria-sort', 'descending');
    // agent10 after agent2 (as people read numbers).
    expect(within(bodyRows()[0] ?? document.body).getAllByRole('gridcell')[3]).toHaveTextContent(/^agent10$/);
  });

  it('has one tab stop; arrows, Page Down and Ctrl+End move the focus, and the focused row is the selected tweet; Escape lets go', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const tabStops = () => within(grid()).getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0);
    expect(tabStops()).toHaveLength(1);

    await user.click(within(grid()).getByText('Tweet number 2999'));
    expect(screen.getByText('Selected: T2999')).toBeInTheDocument();
    expect(bodyRows()[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    await screen.findByText('Selected: T2998');
    // The focus follows once the row is drawn (the next frame).
    await waitFor(() => expect(selectedCell('Tweet number 2998')).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(selectedCell('Customer care')).toHaveFocus());
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(selectedCell('agent2')).toHaveFocus());
    expect(tabStops()).toEqual([selectedCell('agent2')]);

    // Page Down: the 900 px box holds 31 rows under its header, so 30 rows on.
    await user.keyboard('{PageDown}');
    expect(screen.getByText('Selected: T2968')).toBeInTheDocument();
    await waitFor(() => expect(selectedCell('agent2')).toHaveFocus());

    // Ctrl+End: the very last (oldest) tweet, beyond the rows first handed to the virtualizer.
    await user.keyboard('{Control>}{End}{/Control}');
    expect(screen.getByText('Selected: T0')).toBeInTheDocument();
    // The table scrolled its box to the end; a browser then fires "scroll" (jsdom does not).
    const box = screen.getByTestId('tweet-table-scroll');
    expect(box.scrollTop).toBe((3_000 - 31) * 28);
    fireEvent.scroll(box);
    // …and its last cell has the focus (the userData count).
    await waitFor(() => expect(selectedCell('2')).toHaveFocus());
    expect(selectedCell('Tweet number 0')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.getByText('Selected: none')).toBeInTheDocument();
  });

  it('counts every arrow pressed before the focus has followed the last one (it moves on the next frame)', async () => {
    const selected: (string | undefined)[] = [];
    render(tableOf(data, undefined, (id) => selected.push(id)));
    const first = within(grid()).getByRole('gridcell', { name: 'Tweet number 2999' });
    first.focus();
    // Two presses in one frame: both land on the first row's cell, the focus not moved yet.
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(selected).toEqual(['T2998', 'T2997']);
    await waitFor(() => expect(within(grid()).getByRole('gridcell', { name: 'Tweet number 2997' })).toHaveFocus());
  });

  it('keeps the focus on the tweet it moved to when a newer tweet arrives before the next frame', async () => {
    const newer = withNewer(['NEWEST'], () => 'Newest tweet');
    const table = (source: typeof data, selectedId: string | undefined) => tableOf(source, selectedId, (id) => selected.push(id));
    const selected: (string | undefined)[] = [];
    const { rerender } = render(table(data, 'T2999'));
    const firstMessage = within(grid()).getByRole('gridcell', { name: 'Tweet number 2999' });
    firstMessage.focus();
    fireEvent.keyDown(firstMessage, { key: 'ArrowDown' });
    expect(selected).toEqual(['T2998']);
    // Before the frame in which the focus moves, a newer tweet pushes every row down by one.
    rerender(table(newer, 'T2998'));
    await waitFor(() => expect(selectedCell('Tweet number 2998')).toHaveFocus());
  });

  it('keeps the rows on screen as they are when newer tweets arrive (their text changes), and the focused cell on its tweet', () => {
    const newer = withNewer(['N1', 'N2', 'N3'], (id) => `Newer ${id}`);
    const table = (source: typeof data) => tableOf(source);
    const { rerender } = render(table(data));
    const firstRow = bodyRows()[0];
    const focused = within(grid()).getByRole('gridcell', { name: 'Tweet number 2996' });
    focused.focus();

    rerender(table(newer));

    // The first line is the same element, now showing the newest tweet…
    expect(bodyRows()[0]).toBe(firstRow);
    expect(firstRow).toHaveTextContent('Newer N3');
    // …and the focused cell went down three lines with its tweet, still focused.
    expect(focused).toHaveFocus();
    expect(focused).toHaveTextContent('Tweet number 2996');
    expect(within(bodyRows()[6] ?? document.body).getAllByRole('gridcell')).toContain(focused);
    const messages = bodyRows().map((row) => within(row).getAllByRole('gridcell')[5]?.textContent);
    expect(messages.slice(0, 8)).toEqual(['Newer N3', 'Newer N2', 'Newer N1', 'Tweet number 2999', 'Tweet number 2998', 'Tweet number 2997', 'Tweet number 2996', 'Tweet number 2995']);
  });

  it('says "before" a list read’s time, to the minute, for a state it found already there', () => {
    const readAt = new Date(2026, 10, 27, 14, 32, 45).getTime();
    const listed = applyOutboundEvents(emptyOutboundTweets, [{ type: 'list', tweets: [{ id: 'OLD', state: 'Composing', message: 'Drafted before sign-in' }], at: readAt }], 100);
    render(
      <section aria-labelledby="h">
        <h2 id="h">Outbound tweets</h2>
        <TweetTable
          selection={selectRows(listed, defaultOutboundFilters, { now: readAt, thresholdMs: 30_000 })}
          now={readAt}
          stuckThresholdMs={30_000}
          busy={false}
          labelledBy="h"
          sort={undefined}
          onSortChange={() => undefined}
          selectedId={undefined}
          onSelect={() => undefined}
          queueLabel={queueLabel}
        />
      </section>,
    );
    expect(within(bodyRows()[0] ?? document.body).getAllByRole('gridcell')[1]).toHaveTextContent(/^before 14:32$/);
  });
});
