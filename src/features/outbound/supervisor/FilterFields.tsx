import { memo, useId } from 'react';
import { clockOfSince, sinceOfClock } from '../model/clockFilter';
import type { OutboundFilters } from '../model/selectRows';

export interface FilterFieldsProps {
  filters: OutboundFilters;
  onFiltersChange: (change: Partial<OutboundFilters>) => void;
  /** The choices of each list, sorted (useSortedKeys: the same array while the set is the same). */
  fromAccounts: readonly string[];
  agents: readonly string[];
  queues: readonly string[];
  queueLabel: (path: string | undefined) => string | undefined;
  stuckAfterSeconds: number;
  onStuckAfterSecondsChange: (seconds: number) => void;
}

const any = '';

/**
 * The supervisor's filter fields: from-account, agent, queue, since (clock time), free text, and the
 * Stuck threshold. Memoised: the tweets' counts change on every batch, these choices rarely, and
 * React writes an input's name and type again each time it renders one.
 */
export const FilterFields = memo(function FilterFields(props: FilterFieldsProps) {
  const { filters, onFiltersChange, fromAccounts, agents, queues, queueLabel, stuckAfterSeconds, onStuckAfterSecondsChange } = props;
  const ids = { since: useId(), text: useId(), stuck: useId() };
  return (
    <div className="supervisor-toolbar__fields">
      <ChoiceField
        label="From account"
        anyLabel="All accounts"
        value={filters.fromAccount}
        choices={fromAccounts}
        labelOf={(account) => `@${account}`}
        onChange={(fromAccount) => onFiltersChange({ fromAccount })}
      />
      <ChoiceField
        label="Agent"
        anyLabel="All agents"
        value={filters.agent}
        choices={agents}
        labelOf={(agent) => agent}
        onChange={(agent) => onFiltersChange({ agent })}
      />
      <ChoiceField
        label="Queue"
        anyLabel="All queues"
        value={filters.queue}
        choices={queues}
        labelOf={queueLabel}
        onChange={(queue) => onFiltersChange({ queue })}
      />
      <div className="field field--narrow">
        <label htmlFor={ids.since}>Since (clock time)</label>
        <input
          id={ids.since}
          type="time"
          value={clockOfSince(filters.since)}
          onChange={(event) => onFiltersChange({ since: sinceOfClock(event.target.value, Date.now()) })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Search</label>
        <input id={ids.text} type="search" value={filters.text} onChange={(event) => onFiltersChange({ text: event.target.value })} />
      </div>
      <div className="field field--narrow">
        <label htmlFor={ids.stuck}>Stuck after (seconds)</label>
        <input
          id={ids.stuck}
          type="number"
          min={1}
          step={1}
          defaultValue={stuckAfterSeconds}
          onChange={(event) => {
            const seconds = event.target.valueAsNumber;
            if (Number.isFinite(seconds) && seconds > 0) onStuckAfterSecondsChange(seconds);
          }}
        />
      </div>
    </div>
  );
});

interface ChoiceFieldProps {
  label: string;
  /** The first choice, which filters nothing. */
  anyLabel: string;
  value: string | undefined;
  choices: readonly string[];
  labelOf: (choice: string) => string | undefined;
  onChange: (value: string | undefined) => void;
}

/** A labelled list of choices, the first of which filters nothing (undefined). */
function ChoiceField({ label, anyLabel, value, choices, labelOf, onChange }: ChoiceFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? any} onChange={(event) => onChange(event.target.value === any ? undefined : event.target.value)}>
        <option value={any}>{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
