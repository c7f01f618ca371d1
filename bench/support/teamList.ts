import { teamTweetListSchema } from '../../src/gws/teamFeed/teamFeedSchemas';
import { teamFeedPaths } from '../../src/simulator/teamFeed/teamFeedPaths';

/** "Load tweet #N from <agent> at <ISO>": the message /sim/load gives each tweet at Send. */
const loadMessage = /^Load tweet #\d+ from \S+ at (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)$/;

/**
 * The final list read of a phase, done by the bench itself (not by the page, which it would
 * disturb): `GET /team-feed/tweets` as the supervisor, the list the page reads after every
 * (re)handshake — the team's newest tweets (the simulator lists at most 2,000). Returns the ids of
 * the phase's load tweets in it that are Sent: each must be in the page's cache, or it was lost.
 * Undefined when the list cannot be read.
 */
export async function listedLoadTweetIds(appUrl: string, user: string, startedEpoch: number): Promise<string[] | undefined> {
  const response = await fetch(`${appUrl}${teamFeedPaths.tweets}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:password`).toString('base64')}`, 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response.ok) return undefined;
  const list = teamTweetListSchema.safeParse(await response.json());
  if (!list.success) return undefined;
  return list.data.tweets
    .filter(({ tweet }) => {
      const stamp = loadMessage.exec(tweet.message ?? '')?.[1];
      return tweet.state === 'Sent' && stamp !== undefined && Date.parse(stamp) >= startedEpoch;
    })
    .map(({ tweet }) => tweet.id);
}
