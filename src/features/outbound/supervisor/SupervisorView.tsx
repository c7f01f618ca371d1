import { useRef, useState, type ReactNode } from 'react';
import type { DraftTexts } from '../../../shared/session/draftTexts';
import { draftTextOf } from '../model/entryView';
import type { OutboundEntry } from '../model/outboundEntry';
import type { OutboundTweets } from '../model/outboundTweets';
import type { RowSelection } from '../model/selectRows';
import type { TweetSort } from '../model/sortRows';
import { EmptyListNote } from '../panel/PanelNotices';
import { TweetDetail } from '../table/TweetDetail';
import { TweetTable } from '../table/TweetTable';

interface SupervisorViewProps {
  /** The live list (the selected tweet's detail follows it). */
  data: OutboundTweets;
  /** The rows of the table: filtered and in the chosen order. */
  selection: RowSelection;
  now: number;
  stuckThresholdMs: number;
  busy: boolean;
  isPending: boolean;
  labelledBy: string;
  sort: TweetSort | undefined;
  onSortChange: (sort: TweetSort) => void;
  queueLabel: (path: string | undefined) => string | undefined;
  draftTexts: DraftTexts;
  mayActOn: (entry: OutboundEntry) => boolean;
  /** Filters and counts above the table. */
  toolbar: ReactNode;
  /** Alerts, per-agent figures, charts and export, beside the table, given the selected tweet to show. */
  dashboard: (detail: ReactNode) => ReactNode;
  /** Notes between the toolbar and the table (how many shown, evictions…). */
  notes: ReactNode;
}

/**
 * The supervisor's screen: the filters across the top, the team's tweets as a dense table that
 * fills the height of the window (the page itself does not scroll on a desktop screen), and beside
 * it the selected tweet in full above the dashboard.
 */
export function SupervisorView(props: SupervisorViewProps) {
  const { data, selection, now, stuckThresholdMs, queueLabel, draftTexts, mayActOn } = props;
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const mainRef = useRef<HTMLDivElement>(null);
  // Closing the pane hands the focus back to the table's tab stop (it was on the Close button).
  const closeDetail = () => {
    setSelectedId(undefined);
    requestAnimationFrame(() => mainRef.current?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus());
  };
  const selected = selectedId === undefined ? undefined : data.entries.get(selectedId);
  const total = data.entries.size;

  return (
    <div className="supervisor-view">
      <div ref={mainRef} className="supervisor-view__main">
        {props.toolbar}
        {props.notes}
        {selection.count === 0 ? (
          <EmptyListNote isPending={props.isPending} total={total} />
        ) : (
          <TweetTable
            selection={selection}
            now={now}
            stuckThresholdMs={stuckThresholdMs}
            busy={props.busy}
            labelledBy={props.labelledBy}
            sort={props.sort}
            onSortChange={props.onSortChange}
            selectedId={selectedId}
            onSelect={setSelectedId}
            queueLabel={queueLabel}
            draftTexts={draftTexts}
          />
        )}
      </div>
      <div className="supervisor-view__side">
        {props.dashboard(
          selected ? (
            <TweetDetail
              entry={selected}
              now={now}
              stuckThresholdMs={stuckThresholdMs}
              mayAct={mayActOn(selected)}
              queueLabel={queueLabel}
              draftText={draftTextOf(selected, draftTexts)}
              onClose={closeDetail}
            />
          ) : null,
        )}
      </div>
    </div>
  );
}
