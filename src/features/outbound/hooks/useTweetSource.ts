import { useMemo } from 'react';
import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { ownTweetSource, teamTweetSource, type TweetSource } from '../model/tweetSource';

/** The panel's source: the team feed for a supervisor who has one, else the user's own GWS tweets. */
export function useTweetSource(): TweetSource {
  const { team, tweetFeed, http } = useGwsSession();
  return useMemo(() => (team ? teamTweetSource(team) : ownTweetSource(tweetFeed, http)), [team, tweetFeed, http]);
}
