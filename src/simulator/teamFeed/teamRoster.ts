import type { UserDirectory } from '../users';

/**
 * [ours] One agent of the team, as the team feed names it (the contract's `teamAgentSchema`). A type,
 * not an interface: the contract's wire type is a loose object (it has an index signature).
 */
export type TeamAgentEntry = {
  userName: string;
  firstName: string;
  lastName: string;
};

/**
 * [ours] Who is on the team (one team, as supervisors supervise everybody): every user of the
 * directory who is not a supervisor, then the simulated load agents once a load has made them
 * (they have tweets). A supervisor is not on it: their own tweets stay on GWS's own channel and list.
 */
export interface TeamRoster {
  /** Every agent of the team, directory users first (in the directory's order), then load agents. */
  agents(): TeamAgentEntry[];
  /** The team's entry for this userName, or undefined for a supervisor or a stranger. */
  agentOf(userName: string): TeamAgentEntry | undefined;
  /** Load agents join the roster when a load starts (a name the directory has is left alone). */
  addLoadAgents(agents: readonly TeamAgentEntry[]): void;
  /** Forgets the load agents (`POST /sim/reset` forgets their tweets). */
  clearLoadAgents(): void;
}

export function createTeamRoster(users: UserDirectory): TeamRoster {
  const directoryAgents = new Map<string, TeamAgentEntry>(
    users.all.filter((user) => !user.supervisor).map(({ userName, firstName, lastName }) => [userName, { userName, firstName, lastName }]),
  );
  const loadAgents = new Map<string, TeamAgentEntry>();
  return {
    agents: () => [...directoryAgents.values(), ...loadAgents.values()],
    agentOf: (userName) => directoryAgents.get(userName) ?? loadAgents.get(userName),
    addLoadAgents(agents) {
      for (const { userName, firstName, lastName } of agents) {
        if (users.byName(userName) === undefined && !loadAgents.has(userName)) loadAgents.set(userName, { userName, firstName, lastName });
      }
    },
    clearLoadAgents() {
      loadAgents.clear();
    },
  };
}
