import { isBadgeState } from '../model/entryView';

/** The tweet's state as a coloured badge; a state the panel does not know is shown as it came. */
export function StateBadge({ state }: { state: string }) {
  return (
    <span className="state-badge" data-state={isBadgeState(state) ? state : 'other'}>
      {state}
    </span>
  );
}
