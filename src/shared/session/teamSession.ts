import type { NotificationClient } from '../../gws/cometd';
import { createListenerSet } from '../../gws/cometd/listenerSet';
import type { CallOptions } from '../../gws/http';
import type { TeamAgent, TeamTweetList } from '../../gws/teamFeed';
import type { TweetFeed } from './tweetFeed/tweetFeed';

/** The agents of the team, from the team feed's last list read (sorted by user name). */
export interface TeamRoster {
  get: () => readonly TeamAgent[];
  set: (agents: readonly TeamAgent[]) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * A supervisor's view of the team (config.json `teamFeed`): its own CometD client on the team feed,
 * the feed of its notifications, the list read (which also refreshes the roster).
 */
export interface TeamSession {
  notifications: NotificationClient;
  feed: TweetFeed;
  readList: (options?: CallOptions) => Promise<TeamTweetList>;
  roster: TeamRoster;
}

export function createTeamRoster(): TeamRoster {
  const listeners = createListenerSet<[]>('team roster');
  let agents: readonly TeamAgent[] = [];
  return {
    get: () => agents,
    set: (next) => {
      const sorted = [...next].sort((a, b) => a.userName.localeCompare(b.userName));
      if (sorted.length === agents.length && sorted.every((agent, i) => agent.userName === agents[i]?.userName)) return;
      agents = sorted;
      listeners.emit();
    },
    subscribe: (listener) => listeners.add(listener),
  };
}
