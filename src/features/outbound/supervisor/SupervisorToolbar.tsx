import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';
import type { OutboundFacets } from '../model/outboundFacets';
import type { OutboundFilters } from '../model/selectRows';
import { FilterFields } from './FilterFields';
import { PauseControl } from './PauseControl';
import { StateFilterBar } from './StateFilterBar';
import { useSortedKeys } from './useSortedKeys';

interface SupervisorToolbarProps {
  filters: OutboundFilters;
  onFiltersChange: (change: Partial<OutboundFilters>) => void;
  /** Tweets per shown state, and how many are stuck (as shown: see useShownCounts). */
  stateCounts: ReadonlyMap<string, number>;
  stuck: number;
  facets: OutboundFacets;
  queueLabel: (path: string | undefined) => string | undefined;
  stuckAfterSeconds: number;
  onStuckAfterSecondsChange: (seconds: number) => void;
  /** The feed Pause holds. */
  feed: TweetFeed;
  /** Every agent of the team (the team feed's roster), whether or not they have sent anything. */
  rosterAgents: readonly string[];
}

/** The supervisor's counts and filters: state, from-account, agent, queue, since (clock time), free text; Stuck threshold; Pause. */
export function SupervisorToolbar(props: SupervisorToolbarProps) {
  const { filters, onFiltersChange, facets, feed } = props;
  const fromAccounts = useSortedKeys(facets.fromAccounts);
  const agents = useSortedKeys(facets.agents, props.rosterAgents);
  const queues = useSortedKeys(facets.queues);
  return (
    <div className="supervisor-toolbar">
      <div className="supervisor-toolbar__states">
        <StateFilterBar stateCounts={props.stateCounts} stuck={props.stuck} selected={filters.state} onSelect={(state) => onFiltersChange({ state })} />
        <PauseControl feed={feed} />
      </div>
      <FilterFields
        filters={filters}
        onFiltersChange={onFiltersChange}
        fromAccounts={fromAccounts}
        agents={agents}
        queues={queues}
        queueLabel={props.queueLabel}
        stuckAfterSeconds={props.stuckAfterSeconds}
        onStuckAfterSecondsChange={props.onStuckAfterSecondsChange}
      />
    </div>
  );
}
