import type { UserData } from '../../gws/schemas';

/** A tweet as the simulator keeps and sends it: the wire resource (contract §3), fields always present. */
export interface SimTweet {
  id: string;
  contactId?: string;
  from?: string;
  message?: string;
  subject?: string;
  state: string;
  twitterType: 'Outbound';
  uri: string;
  capabilities: string[];
  userData: UserData;
}

/** What the simulator stores per tweet: the resource plus who owns it. */
export interface StoredTweet {
  tweet: SimTweet;
  /** userName of the agent that created it (or a load agent). */
  owner: string;
  /** A Send is waiting for "Twitter": further operations are refused until it ends. */
  sending: boolean;
}

export const finishedStates: ReadonlySet<string> = new Set(['Sent', 'Canceled', 'Completed']);

export function isFinished(tweet: SimTweet): boolean {
  return finishedStates.has(tweet.state);
}
