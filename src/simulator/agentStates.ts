/** An agent's state on a media channel, as notified on `/v2/me/channels`. */
export type AgentState = 'Ready' | 'NotReady' | 'LoggedOut';

/** [ours] Per-user agent state on each media channel (`twitter`). */
export interface AgentStates {
  /** Starts these channels (NotReady unless already started); returns each one's state. */
  start(userName: string, channels: readonly string[]): Map<string, AgentState>;
  set(userName: string, channel: string, state: AgentState): void;
  /** Ends every channel of the user; returns the ones that were started, now `LoggedOut`. */
  end(userName: string): Map<string, AgentState>;
  get(userName: string): ReadonlyMap<string, AgentState>;
}

export function createAgentStates(): AgentStates {
  const states = new Map<string, Map<string, AgentState>>();
  const of = (userName: string) => {
    let channels = states.get(userName);
    if (!channels) states.set(userName, (channels = new Map<string, AgentState>()));
    return channels;
  };
  return {
    start(userName, channels) {
      const mine = of(userName);
      const started = new Map<string, AgentState>();
      for (const channel of channels) {
        const state = mine.get(channel) ?? 'NotReady';
        mine.set(channel, state);
        started.set(channel, state);
      }
      return started;
    },
    set(userName, channel, state) {
      of(userName).set(channel, state);
    },
    end(userName) {
      const ended = new Map([...of(userName).keys()].map((channel): [string, AgentState] => [channel, 'LoggedOut']));
      states.delete(userName);
      return ended;
    },
    get: (userName) => states.get(userName) ?? new Map(),
  };
}
