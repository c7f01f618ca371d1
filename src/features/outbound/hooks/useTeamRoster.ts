import { useSyncExternalStore } from 'react';
import type { TeamAgent } from '../../../gws/teamFeed';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';

const noAgents: readonly TeamAgent[] = [];
const noSubscription = () => () => undefined;

/** The team's agents from the team feed's roster (none without a team feed). */
export function useTeamRoster(): readonly TeamAgent[] {
  const { team } = useGwsSession();
  return useSyncExternalStore(team?.roster.subscribe ?? noSubscription, team ? team.roster.get : () => noAgents);
}
