import type { CallOptions, GwsHttpClient } from '../../../gws/http';
import type { Tweet } from '../../../gws/schemas';
import type { TeamSession } from '../../../shared/session/teamSession';
import type { TweetFeed } from '../../../shared/session/tweetFeed/tweetFeed';

/** A list read of a source: the tweets and, from the team feed, each tweet's agent by tweet id. */
export interface SourceList {
  tweets: readonly Tweet[];
  agents?: ReadonlyMap<string, string>;
}

/**
 * Where the panel's tweets come from: 'own' is GWS itself (`/v2/me/twitter`, `/api/v2/me/tweets`:
 * the signed-in user's tweets only); 'team' is the team feed a supervisor may have.
 */
export interface TweetSource {
  scope: 'own' | 'team';
  feed: TweetFeed;
  readList: (options?: CallOptions) => Promise<SourceList>;
}

export function ownTweetSource(feed: TweetFeed, http: Pick<GwsHttpClient, 'listTweets'>): TweetSource {
  return { scope: 'own', feed, readList: (options) => http.listTweets(options) };
}

export function teamTweetSource(team: TeamSession): TweetSource {
  return {
    scope: 'team',
    feed: team.feed,
    readList: async (options) => {
      const list = await team.readList(options);
      return { tweets: list.tweets.map((item) => item.tweet), agents: new Map(list.tweets.map((item) => [item.tweet.id, item.agent])) };
    },
  };
}
