import * as z from 'zod/mini';
import { defaultTeamFeedChannel } from '../channels';
import { describeZodError } from '../schemas/describeZodError';
import { parseNotification, type GwsNotification, type TweetWire, type TwitterErrorWire, type TwitterStateChangeWire } from '../schemas/notifications';
import { tweetSchema, type Tweet } from '../schemas/tweet';
import type { IgnoredListItem } from '../schemas/responses';

/**
 * [ours] The team feed. GWS has none: `/v2/me/twitter` and `/api/v2/me/tweets` carry the signed-in
 * user's own tweets only. A deployment that wants a supervisor to see a team runs a small service
 * (README "Team feed") with two endpoints, both answering the supervisor's GWS credentials:
 * - a Bayeux (CometD) endpoint publishing, on one channel, every team agent's Twitter notification
 *   as GWS sent it to that agent, wrapped with the agent: `{agent:{userName,…}, notification:{…}}`;
 * - a list URL answering `{statusCode:0, agents:[…], tweets:[{agent:"userName", tweet:{…}}]}`, read
 *   after every (re)handshake like `/api/v2/me/tweets`. `agents` is the roster: every agent of the
 *   team, whether or not they have sent anything.
 */
export const teamFeedDefaults = { channel: defaultTeamFeedChannel } as const;

export const teamAgentSchema = z.looseObject({
  userName: z.string().check(z.minLength(1)),
  firstName: z.optional(z.nullable(z.string())),
  lastName: z.optional(z.nullable(z.string())),
});
export type TeamAgent = z.infer<typeof teamAgentSchema>;

const teamFeedMessageSchema = z.looseObject({ agent: teamAgentSchema, notification: z.unknown() });

/**
 * One team feed message: the agent's notification, read by the GWS parser, with `agent` set on a
 * tweet notification. An envelope that does not fit is unrecognised, with the reason.
 */
export function parseTeamFeedMessage(data: unknown): GwsNotification {
  const envelope = teamFeedMessageSchema.safeParse(data);
  if (!envelope.success) return { kind: 'unrecognised', reason: `team feed: ${describeZodError(envelope.error)}` };
  const notification = parseNotification(envelope.data.notification);
  if (notification.kind === 'tweetState' || notification.kind === 'tweetError') return { ...notification, agent: envelope.data.agent.userName };
  return notification;
}

/** The team's tweets, item by item (one bad item never hides the others), and the roster. */
export interface TeamTweetList {
  agents: TeamAgent[];
  tweets: { agent: string; tweet: Tweet }[];
  ignored: IgnoredListItem[];
}

const teamTweetItemSchema = z.object({ agent: z.string().check(z.minLength(1)), tweet: tweetSchema });

export const teamTweetListSchema = z.pipe(
  z.looseObject({ statusCode: z.literal(0), agents: z.optional(z.array(z.unknown())), tweets: z.array(z.unknown()) }),
  z.transform((body): TeamTweetList => {
    const list: TeamTweetList = { agents: [], tweets: [], ignored: [] };
    for (const item of body.agents ?? []) {
      const agent = teamAgentSchema.safeParse(item);
      if (agent.success) list.agents.push(agent.data);
    }
    body.tweets.forEach((item, index) => {
      const parsed = teamTweetItemSchema.safeParse(item);
      if (parsed.success) list.tweets.push(parsed.data);
      else list.ignored.push({ index, reason: `tweets.${index}: ${describeZodError(parsed.error)}` });
    });
    return list;
  }),
);

/** What the feed's service sends (and the simulator must send). */
export interface TeamFeedMessageWire {
  agent: z.input<typeof teamAgentSchema>;
  notification: TwitterStateChangeWire | TwitterErrorWire;
}
export interface TeamTweetListWire {
  statusCode: 0;
  agents: z.input<typeof teamAgentSchema>[];
  tweets: { agent: string; tweet: TweetWire }[];
}
