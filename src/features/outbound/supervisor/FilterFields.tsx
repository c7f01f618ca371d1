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
  const ids = { from: useId(), agent: useId(), queue: useId(), since: useId(), text: useId(), stuck: useId() };
  return (
    <div className="supervisor-toolbar__fields">
      <div className="field">
        <label htmlFor={ids.from}>From account</label>
        <select
          id={ids.from}
          value={filters.fromAccount ?? any}
          onChange={(event) => onFiltersChange({ fromAccount: event.target.value === any ? undefined : event.target.value })}
        >
          <option value={any}>All accounts</option>
          {fromAccounts.map((account) => (
            <option key={account} value={account}>
              @{account}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.agent}>Agent</label>
        <select id={ids.agent} value={filters.agent ?? any} onChange={(event) => onFiltersChange({ agent: event.target.value === any ? undefined : event.target.value })}>
          <option value={any}>All agents</option>
          {agents.map((agent) => (
            <option key={agent} value={agent}>
              {agent}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.queue}>Queue</label>
        <select id={ids.queue} value={filters.queue ?? any} onChange={(event) => onFiltersChange({ queue: event.target.value === any ? undefined : event.target.value })}>
          <option value={any}>All queues</option>
          {queues.map((path) => (
            <option key={path} value={path}>
              {queueLabel(path)}
            </option>
          ))}
        </select>
      </div>
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
