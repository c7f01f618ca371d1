import { badgeStates, isBadgeState } from '../model/entryView';
import { totalOf } from '../model/outboundFacets';
import { stuckFilter } from '../model/selectRows';
import { formatCount } from '../model/timeFormat';

/** The states whose count is a warning when above 0. */
const alarmStates: ReadonlySet<string> = new Set(['Error', stuckFilter]);

interface StateFilterBarProps {
  stateCounts: ReadonlyMap<string, number>;
  stuck: number;
  selected: string;
  onSelect: (state: string) => void;
}

/** Counts per state at the top of the supervisor view; each is a filter (pressed = listed alone). */
export function StateFilterBar({ stateCounts, stuck, selected, onSelect }: StateFilterBarProps) {
  const others = [...stateCounts.keys()].filter((state) => !isBadgeState(state)).sort();
  const choices: { value: string; label: string; count: number }[] = [
    { value: 'all', label: 'All', count: totalOf(stateCounts) },
    ...[...badgeStates, ...others].map((state) => ({ value: state, label: state, count: stateCounts.get(state) ?? 0 })),
    { value: stuckFilter, label: 'Stuck', count: stuck },
  ];
  return (
    <div className="state-filters" role="group" aria-label="Tweets per state (filter)">
      {choices.map(({ value, label, count }) => (
        <button
          key={value}
          type="button"
          className="state-filter"
          data-state={value}
          // A bad state is a warning only when there is some of it: Error 0 is good news, Stuck 1 is not.
          data-alarm={alarmStates.has(value) && count > 0 ? 'true' : undefined}
          aria-pressed={selected === value}
          onClick={() => onSelect(selected === value && value !== 'all' ? 'all' : value)}
        >
          <span className="state-filter__label">{label}</span> <span className="state-filter__count">{formatCount(count)}</span>
        </button>
      ))}
    </div>
  );
}
