import { tweetListResponseSchema, type Tweet } from '../../../src/gws/schemas';

/** The tweets `user` lists in GWS (an agent its own, a supervisor the team's), read over REST with Basic credentials. */
export async function listTweetsAs(appUrl: string, user: string): Promise<Tweet[]> {
  const response = await fetch(new URL('/api/v2/me/tweets?fields=*', appUrl), {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:password`).toString('base64')}` },
  });
  if (response.status !== 200) throw new Error(`GET /api/v2/me/tweets answered HTTP ${response.status}`);
  return tweetListResponseSchema.parse(await response.json()).tweets;
}
