import type { TeamFeedMessageWire, TeamTweetListWire } from '../../gws/teamFeed/teamFeedSchemas';
import type { TwitterErrorMessage, TwitterStateChangeMessage } from '../notificationMessages';
import type { SimTweet, StoredTweet } from '../store/simTweet';
import type { TeamAgentEntry } from './teamRoster';

/**
 * [ours] What the team feed sends: its contract is src/gws/teamFeed/teamFeedSchemas.ts (GWS has no
 * team feed). Each builder's output satisfies the contract's wire type, and the unit tests read it
 * with the app's parsers (`parseTeamFeedMessage`, `teamTweetListSchema`).
 */

/** A Twitter notification of an agent's, exactly as GWS delivers it on `/v2/me/twitter`. */
export type TwitterNotification = TwitterStateChangeMessage | TwitterErrorMessage;

/** One message on `/team/twitter`: the agent, and their notification unchanged. */
export interface TeamFeedMessage {
  agent: TeamAgentEntry;
  notification: TwitterNotification;
}

export function teamFeedMessage(agent: TeamAgentEntry, notification: TwitterNotification): TeamFeedMessage {
  return { agent, notification } satisfies TeamFeedMessageWire;
}

/** `GET /team-feed/tweets`: the roster, and the team's newest tweets each with its agent's userName. */
export interface TeamTweetListBody {
  statusCode: 0;
  agents: TeamAgentEntry[];
  tweets: { agent: string; tweet: SimTweet }[];
}

export function teamTweetList(agents: TeamAgentEntry[], tweets: readonly StoredTweet[]): TeamTweetListBody {
  return {
    statusCode: 0,
    agents,
    tweets: tweets.map((stored) => ({ agent: stored.owner, tweet: stored.tweet })),
  } satisfies TeamTweetListWire;
}
