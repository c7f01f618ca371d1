import { tweetListResponseSchema, type Tweet } from '../../../src/gws/schemas';
import { teamTweetListSchema, type TeamTweetList } from '../../../src/gws/teamFeed/teamFeedSchemas';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:password`).toString('base64')}`;

/**
 * The tweets `user` lists in GWS, read over REST with Basic credentials: always the user's own (GWS
 * lists nobody else's, not even to a supervisor: the team is on the team feed, `listTeamTweetsAs`).
 */
export async function listTweetsAs(appUrl: string, user: string): Promise<Tweet[]> {
  const response = await fetch(new URL('/api/v2/me/tweets?fields=*', appUrl), { headers: { Authorization: basic(user) } });
  if (response.status !== 200) throw new Error(`GET /api/v2/me/tweets answered HTTP ${response.status}`);
  return tweetListResponseSchema.parse(await response.json()).tweets;
}

/**
 * The team feed's list (`GET /team-feed/tweets`, the simulator's; supervisors only) as `user` reads
 * it: the roster (`agents`) and every team tweet with its agent's user name.
 */
export async function listTeamTweetsAs(appUrl: string, user = 'supervisor'): Promise<TeamTweetList> {
  const response = await fetch(new URL('/team-feed/tweets', appUrl), { headers: { Authorization: basic(user) } });
  if (response.status !== 200) throw new Error(`GET /team-feed/tweets answered HTTP ${response.status}`);
  return teamTweetListSchema.parse(await response.json());
}
