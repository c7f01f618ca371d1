/** [ours] Per-user agent state on each media channel (`twitter`), as notified on `/v2/me/channels`. */
export interface AgentStates {
  /** Starts these channels (NotReady unless already started); returns each one's state. */
  start(userName: string, channels: readonly string[]): Map<string, string>;
  set(userName: string, channel: string, state: string): void;
  /** Ends every channel of the user; returns the ones that were started, now `LoggedOut`. */
  end(userName: string): Map<string, string>;
  get(userName: string): ReadonlyMap<string, string>;
}

export function createAgentStates(): AgentStates {
  const states = new Map<string, Map<string, string>>();
  const of = (userName: string) => {
    let channels = states.get(userName);
    if (!channels) states.set(userName, (channels = new Map()));
    return channels;
  };
  return {
    start(userName, channels) {
      const mine = of(userName);
      const started = new Map<string, string>();
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
      const ended = new Map([...of(userName).keys()].map((channel) => [channel, 'LoggedOut']));
      states.delete(userName);
      return ended;
    },
    get: (userName) => states.get(userName) ?? new Map(),
  };
}
