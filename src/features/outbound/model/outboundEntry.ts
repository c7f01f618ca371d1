import type { Tweet } from '../../../gws/schemas';

/** A failure GWS reported for a tweet (Error notification), kept until the tweet goes out. */
export interface TweetError {
  message: string;
  referenceId: number | undefined;
  at: number;
}

/** One tweet as the panel knows it, from notifications and `GET /api/v2/me/tweets`. */
export interface OutboundEntry {
  id: string;
  tweet: Tweet;
  /** When each state was first seen (ms since epoch), e.g. Composing → Sent time. */
  stateTimes: Readonly<Record<string, number>>;
  firstSeen: number;
  lastChange: number;
  /**
   * First learnt from a list read (after sign-in, a reload, a re-handshake): the states it had then
   * began at some time before `firstSeen`, which is only an upper bound for them.
   */
  startUnknown?: true;
  error: TweetError | undefined;
  /** Who sent it, as far as the console knows (see agentAttribution.ts). */
  agent: string | undefined;
}
