import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';
import { useId } from 'react';
import { clockOfSince, sinceOfClock } from '../model/clockFilter';
import type { OutboundFacets } from '../model/outboundFacets';
import type { OutboundFilters, RowSelection } from '../model/selectRows';
import { PauseControl } from './PauseControl';
import { StateFilterBar } from './StateFilterBar';

interface SupervisorToolbarProps {
  filters: OutboundFilters;
  onFiltersChange: (change: Partial<OutboundFilters>) => void;
  selection: RowSelection;
  facets: OutboundFacets;
  queueLabel: (path: string | undefined) => string | undefined;
  stuckAfterSeconds: number;
  onStuckAfterSecondsChange: (seconds: number) => void;
  /** The feed Pause holds. */
  feed: TweetFeed;
  /** Every agent of the team (the team feed's roster), whether or not they have sent anything. */
  rosterAgents: readonly string[];
}

const any = '';

function sortedKeys(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.keys()].sort((a, b) => a.localeCompare(b));
}

/** The supervisor's counts and filters: state, from-account, agent, queue, since (clock time), free text; Stuck threshold; Pause. */
export function SupervisorToolbar(props: SupervisorToolbarProps) {
  const { filters, onFiltersChange, selection, facets, queueLabel, stuckAfterSeconds, onStuckAfterSecondsChange, feed, rosterAgents } = props;
  const ids = { from: useId(), agent: useId(), queue: useId(), since: useId(), text: useId(), stuck: useId() };
  return (
    <div className="supervisor-toolbar">
      <div className="supervisor-toolbar__states">
        <StateFilterBar
          stateCounts={selection.stateCounts}
          stuck={selection.stuck}
          selected={filters.state}
          onSelect={(state) => onFiltersChange({ state })}
        />
        <PauseControl feed={feed} />
      </div>
      <div className="supervisor-toolbar__fields">
        <div className="field">
          <label htmlFor={ids.from}>From account</label>
          <select
            id={ids.from}
            value={filters.fromAccount ?? any}
            onChange={(event) => onFiltersChange({ fromAccount: event.target.value === any ? undefined : event.target.value })}
          >
            <option value={any}>All accounts</option>
            {sortedKeys(facets.fromAccounts).map((account) => (
              <option key={account} value={account}>
                @{account}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.agent}>Agent</label>
          <select
            id={ids.agent}
            value={filters.agent ?? any}
            onChange={(event) => onFiltersChange({ agent: event.target.value === any ? undefined : event.target.value })}
          >
            <option value={any}>All agents</option>
            {[...new Set([...rosterAgents, ...facets.agents.keys()])].sort((a, b) => a.localeCompare(b)).map((agent) => (
              <option key={agent} value={agent}>
                {agent}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.queue}>Queue</label>
          <select
            id={ids.queue}
            value={filters.queue ?? any}
            onChange={(event) => onFiltersChange({ queue: event.target.value === any ? undefined : event.target.value })}
          >
            <option value={any}>All queues</option>
            {sortedKeys(facets.queues).map((path) => (
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
    </div>
  );
}
