import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createDraftTexts, type DraftTexts } from '../../../shared/session/draftTexts';
import { draftTextOf } from '../model/entryView';
import type { OutboundEntry } from '../model/outboundEntry';
import type { RowSelection } from '../model/selectRows';
import { formatCount } from '../model/timeFormat';
import { measureRow } from './measureRow';
import { TweetRow } from './TweetRow';

interface TweetListProps {
  selection: RowSelection;
  now: number;
  stuckThresholdMs: number;
  /** The list is being (re)loaded. */
  busy: boolean;
  labelledBy: string;
  /** The words of the drafts this console is sending, until GWS has them (a failed or stuck draft keeps them). */
  draftTexts?: DraftTexts;
  /** Whether this user may act on a tweet (Cancel draft, Complete): only on their own. All, by default. */
  mayActOn?: (entry: OutboundEntry) => boolean;
}

const anyEntry = () => true;

const estimatedRowHeight = 150;
const noDraftTexts = createDraftTexts();
/** Rows handed to the virtualizer at first, and added each time the end of them comes into view. */
export const rowsPerStep = 1_000;

/**
 * The rows, newest first, as an ARIA feed: only the rows in view (plus a few) are in the DOM, and
 * row heights are measured by a ResizeObserver (an open userData table makes a row taller).
 *
 * The virtualizer recomputes the offsets of every row it knows after each measurement, so it is
 * given the newest `rowsPerStep` rows and one more step whenever the user scrolls near the end of
 * them: scrolling stays smooth with 100,000 tweets in memory, and every one of them is reachable by
 * scrolling or through the filters. Page Down / Page Up move between rows (feed pattern).
 */
export function TweetList({ selection, now, stuckThresholdMs, busy, labelledBy, draftTexts = noDraftTexts, mayActOn = anyEntry }: TweetListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useSyncExternalStore(draftTexts.subscribe, draftTexts.version);
  const [openUserData, setOpenUserData] = useState<ReadonlySet<string>>(() => new Set());
  const [reach, setReach] = useState(rowsPerStep);
  const count = Math.min(selection.count, reach);

  const getItemKey = useCallback((index: number) => selection.at(index)?.id ?? `missing-${index}`, [selection]);
  const estimateSize = useCallback(() => estimatedRowHeight, []);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // This build has no React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement, estimateSize, overscan: 4, getItemKey, measureElement: measureRow });

  const items = virtualizer.getVirtualItems();
  const lastShown = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count < selection.count && lastShown >= count - 20) setReach((current) => current + rowsPerStep);
  }, [count, lastShown, selection.count]);

  const toggleUserData = useCallback((id: string) => {
    setOpenUserData((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const row = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('article[data-index]') : null;
    if (!row) return;
    event.preventDefault();
    const next = Number(row.dataset.index) + (event.key === 'PageDown' ? 1 : -1);
    if (next < 0 || next >= count) return;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focusRow = (attempt: number) => {
      const target = scrollRef.current?.querySelector<HTMLElement>(`article[data-index="${next}"]`);
      if (target) target.focus();
      else if (attempt < 5) requestAnimationFrame(() => focusRow(attempt + 1));
    };
    requestAnimationFrame(() => focusRow(0));
  };

  return (
    // Page Down / Page Up bubble up from the focused row (the feed pattern): the rows are the targets.
    // eslint-disable-next-line jsx-a11y-x/no-static-element-interactions -- see above
    <div ref={scrollRef} className="tweet-list" onKeyDown={moveFocus}>
      <div role="feed" aria-labelledby={labelledBy} aria-busy={busy} className="tweet-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = selection.at(item.index);
          if (!entry) return null;
          return (
            <TweetRow
              key={item.key}
              rowRef={virtualizer.measureElement}
              start={item.start}
              entry={entry}
              index={item.index}
              count={selection.count}
              now={now}
              stuckThresholdMs={stuckThresholdMs}
              userDataOpen={openUserData.has(entry.id)}
              draftText={draftTextOf(entry, draftTexts)}
              onToggleUserData={toggleUserData}
              mayAct={mayActOn(entry)}
            />
          );
        })}
      </div>
      {count < selection.count ? (
        <p className="tweet-list__more">
          {formatCount(selection.count - count)} older tweets load as you scroll (or narrow the list with the filters).
        </p>
      ) : null}
    </div>
  );
}
