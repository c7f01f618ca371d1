import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { createDraftTexts, type DraftTexts } from '../../../shared/session/draftTexts';
import { draftTextOf } from '../model/entryView';
import type { RowSelection } from '../model/selectRows';
import { tweetColumns, type TweetSort } from '../model/sortRows';
import { useShownCounts } from '../hooks/useShownCounts';
import { formatCount } from '../model/timeFormat';
import { rowsPerStep } from '../panel/TweetList';
import { tableHeaderHeight, tableRowHeight } from './columnLabels';
import { nextGridPosition } from './gridKeys';
import { rowKeyOf, type PinnedRow } from './rowKeys';
import { TweetTableHeader } from './TweetTableHeader';
import { TweetTableRow } from './TweetTableRow';
import './tweetTable.css';

export interface TweetTableProps {
  selection: RowSelection;
  now: number;
  stuckThresholdMs: number;
  busy: boolean;
  labelledBy: string;
  sort: TweetSort | undefined;
  onSortChange: (sort: TweetSort) => void;
  /** The tweet shown in the detail pane (follows the keyboard focus and clicks); undefined: none. */
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  queueLabel: (path: string | undefined) => string | undefined;
  draftTexts?: DraftTexts;
}

const noDraftTexts = createDraftTexts();

/** The index and column of the cell an event came from, read from the DOM (rows move as tweets arrive). */
function cellOf(target: EventTarget): { row: number; col: number } | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-col]') : null;
  const row = cell?.closest<HTMLElement>('[data-index]');
  if (!cell || !row) return undefined;
  return { row: Number(row.dataset.index), col: Number(cell.dataset.col) };
}

/**
 * The supervisor's tweets as a dense table (ARIA grid), one line per tweet, in one scroll box
 * with a sticky header. Rows have one fixed height, so the virtualizer places them by arithmetic:
 * no measuring, no gaps. As in the card list, it is given the first `rowsPerStep` rows and one more
 * step when the end of them comes into view. One cell is the grid's tab stop; arrows, Page Up/Down,
 * Home/End (with Ctrl: first/last row) move it, and the row it is on is the selected tweet.
 * Rows are keyed by position, the focused tweet's row excepted (rowKeys.ts).
 */
export function TweetTable(props: TweetTableProps) {
  const { selection, now, stuckThresholdMs, busy, labelledBy, sort, onSortChange, selectedId, onSelect, queueLabel } = props;
  const draftTexts = props.draftTexts ?? noDraftTexts;
  useSyncExternalStore(draftTexts.subscribe, draftTexts.version);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeCol, setActiveCol] = useState(0);
  const [reach, setReach] = useState(rowsPerStep);
  const count = Math.min(selection.count, reach);

  const [pinned, setPinned] = useState<PinnedRow>();
  // Without a pinned row the keys do not depend on the tweets: the virtualizer keeps its measurements.
  const keyedTweets = pinned ? selection : undefined;
  const getItemKey = useCallback((index: number) => rowKeyOf(index, keyedTweets?.at(index)?.id, pinned), [keyedTweets, pinned]);
  const estimateSize = useCallback(() => tableRowHeight, []);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // This build has no React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement, estimateSize, overscan: 4, getItemKey, scrollMargin: tableHeaderHeight });
  const items = virtualizer.getVirtualItems();
  // A count outside the rows' boxes: each change lays out the page around the table (useShownCounts).
  const olderCount = useShownCounts(selection.count - count);
  const lastShown = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count < selection.count && lastShown >= count - 40) setReach((current) => current + rowsPerStep);
  }, [count, lastShown, selection.count]);

  const selectedIsShown = selectedId !== undefined && items.some((item) => selection.at(item.index)?.id === selectedId);
  const firstShownId = items.length > 0 ? selection.at(items[0]?.index ?? 0)?.id : undefined;

  const scrollIntoView = (row: number) => {
    const box = scrollRef.current;
    if (!box) return;
    const top = row * tableRowHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + tableRowHeight > box.scrollTop + box.clientHeight - tableHeaderHeight) box.scrollTop = top + tableRowHeight - box.clientHeight + tableHeaderHeight;
  };

  // A move the focus has not followed yet (it does on the next frame): a key pressed meanwhile goes
  // on from there, not from the cell that still has the focus (two quick presses were one).
  const pendingMove = useRef<{ row: number; col: number }>(undefined);
  // By the tweet's id, not its index: on a live list a newer tweet may have moved the rows meanwhile.
  const focusCell = (id: string, col: number, attempt = 0) => {
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-tweet-id="${CSS.escape(id)}"] [data-col="${col}"]`);
    if (cell || attempt >= 5) pendingMove.current = undefined;
    if (cell) cell.focus();
    else if (attempt < 5) requestAnimationFrame(() => focusCell(id, col, attempt + 1));
  };

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = pendingMove.current ?? cellOf(event.target);
    if (!at) return;
    if (event.key === 'Escape') {
      pendingMove.current = undefined;
      onSelect(undefined);
      return;
    }
    const pageRows = Math.floor(((scrollRef.current?.clientHeight ?? 0) - tableHeaderHeight) / tableRowHeight) - 1;
    const next = nextGridPosition(event, at, { rows: selection.count, cols: tweetColumns.length, pageRows });
    if (!next) return;
    event.preventDefault();
    if (next.row >= reach) setReach(next.row + rowsPerStep);
    const id = selection.at(next.row)?.id;
    pendingMove.current = id === undefined ? undefined : next;
    setActiveCol(next.col);
    onSelect(id);
    scrollIntoView(next.row);
    if (id !== undefined) requestAnimationFrame(() => focusCell(id, next.col));
  };

  // The focused tweet's row keeps its DOM as the rows move (rowKeys.ts): pinned under the key it has now.
  const pinFocusedRow = (event: FocusEvent<HTMLDivElement>) => {
    const row = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-index][data-tweet-id]') : null;
    const id = row?.dataset.tweetId;
    if (!row || id === undefined || pinned?.id === id) return;
    setPinned({ id, key: rowKeyOf(Number(row.dataset.index), id, pinned) });
  };

  const selectClicked = (event: MouseEvent<HTMLDivElement>) => {
    const at = cellOf(event.target);
    if (!at) return;
    pendingMove.current = undefined;
    setActiveCol(at.col);
    onSelect(selection.at(at.row)?.id);
  };

  return (
    <div ref={scrollRef} className="tweet-table" data-testid="tweet-table-scroll">
      <div
        role="grid"
        aria-labelledby={labelledBy}
        aria-rowcount={selection.count + 1}
        aria-colcount={tweetColumns.length}
        aria-busy={busy}
        className="tweet-table__grid"
        // The tab stop is one cell (roving tabindex); the grid itself takes focus only from script.
        tabIndex={-1}
        onKeyDown={moveFocus}
        onFocus={pinFocusedRow}
        onClick={selectClicked}
      >
        <TweetTableHeader sort={sort} onSortChange={onSortChange} />
        <div role="rowgroup" className="tweet-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const entry = selection.at(item.index);
            if (!entry) return null;
            const tabStop = selectedIsShown ? entry.id === selectedId : entry.id === firstShownId;
            return (
              <TweetTableRow
                key={item.key}
                entry={entry}
                index={item.index}
                top={item.start - tableHeaderHeight}
                now={now}
                stuckThresholdMs={stuckThresholdMs}
                selected={entry.id === selectedId}
                tabbableCol={tabStop ? (selectedIsShown ? activeCol : 0) : undefined}
                queueLabel={queueLabel}
                draftText={draftTextOf(entry, draftTexts)}
              />
            );
          })}
        </div>
      </div>
      {olderCount > 0 ? (
        <p className="tweet-table__more">{formatCount(olderCount)} older tweets load as you scroll (or narrow the list with the filters).</p>
      ) : null}
    </div>
  );
}
