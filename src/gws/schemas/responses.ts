import * as z from 'zod/mini';
import { describeZodError } from './describeZodError';
import { tweetSchema, type Tweet } from './tweet';

/**
 * `{statusCode:0}`: the operation was accepted. `referenceId` is optional in every ack [doc]: the
 * current Create, Send, Cancel and Complete pages show `{"statusCode":0,"referenceId":N}`, while
 * StartContactCenterSession, EndContactCenterSession, Ready, NotReady, Save and the 2015 drafts of
 * Send and Cancel show a plain `{"statusCode":0}`
 * (https://docs.genesys.com/Documentation/HTCC/8.5.2/API/EndContactCenterSession,
 * https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady). Without one, the
 * outcome is matched by the tweet's id instead.
 */
export const ackSchema = z.pipe(
  z.looseObject({ statusCode: z.literal(0), referenceId: z.optional(z.nullable(z.number())) }),
  z.transform(({ referenceId }): Ack => (referenceId === null || referenceId === undefined ? { statusCode: 0 } : { statusCode: 0, referenceId })),
);
export interface Ack {
  statusCode: 0;
  referenceId?: number;
}

/** `{statusCode:N, statusMessage}`: nothing changed. */
export const errorBodySchema = z.object({
  statusCode: z.number().check(z.int()),
  statusMessage: z.optional(z.nullable(z.string())),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Any body: only `statusCode` is required (used to tell success from failure). */
export const statusBodySchema = z.looseObject({ statusCode: z.number() });

/**
 * The user [doc: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/UsersResource]. With
 * `?subresources=*` the sub-resources come inside it, `settings` among them (read with
 * `userSettingOf`, never trusted as a shape here).
 */
export const userSchema = z.looseObject({
  id: z.string(),
  userName: z.string(),
  firstName: z.optional(z.nullable(z.string())),
  lastName: z.optional(z.nullable(z.string())),
  roles: z.optional(z.nullable(z.array(z.string()))),
  settings: z.optional(z.unknown()),
});
export type User = z.infer<typeof userSchema>;

/** `GET /api/v2/me` [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/InterpretingaResponse]. */
export const meResponseSchema = z.looseObject({
  statusCode: z.literal(0),
  user: userSchema,
});
export type MeResponse = z.infer<typeof meResponseSchema>;

/** A From account: a Twitter screen name, and a name to show beside it when one is known. */
export interface TwitterAccount {
  screenName: string;
  displayName?: string;
}

const settingSectionSchema = z.record(z.string(), z.unknown());
const settingsSchema = z.record(z.string(), z.unknown());

/**
 * One value of `user.settings[section][key]` [code: Genesys's C# and iOS samples read e.g.
 * `settings["interaction-workspace"]["email.from-addresses"]`; every value there is a string].
 * Undefined when the section or key is missing or the value is not text.
 */
export function userSettingOf(user: Pick<User, 'settings'>, section: string, key: string): string | undefined {
  const settings = settingsSchema.safeParse(user.settings);
  if (!settings.success) return undefined;
  const values = settingSectionSchema.safeParse(settings.data[section]);
  if (!values.success) return undefined;
  const value = values.data[key];
  return typeof value === 'string' ? value : undefined;
}

/** A list item GWS sent that does not fit the tweet resource: left out, with the reason. */
export interface IgnoredListItem {
  index: number;
  reason: string;
}

/** `GET /api/v2/me/tweets?fields=*`, read item by item: one bad tweet never hides the others. */
export interface TweetList {
  tweets: Tweet[];
  ignored: IgnoredListItem[];
}

/**
 * The list answer. "If retrieving a collection of resources, the response will include an array
 * attribute named after the requested resource" [doc: https://docs.genesys.com/Documentation/HTCC/8.5.0/API/ReturnValues],
 * so `tweets` for `/me/tweets?fields=*`; no Twitter page shows one, so an answer without `tweets`
 * but with exactly one list is read from that list [ours].
 */
export const tweetListResponseSchema = z.pipe(
  z.looseObject({ statusCode: z.literal(0), tweets: z.optional(z.array(z.unknown())) }),
  z.transform((body, context): TweetList => {
    const items = body.tweets ?? onlyListIn(body);
    if (items === undefined) {
      context.issues.push({ code: 'custom', message: 'no list of tweets in the answer', input: body });
      return { tweets: [], ignored: [] };
    }
    return readTweetItems(items);
  }),
);

function onlyListIn(body: Record<string, unknown>): unknown[] | undefined {
  const lists = Object.values(body).filter((value): value is unknown[] => Array.isArray(value));
  return lists.length === 1 ? lists[0] : undefined;
}

function readTweetItems(items: readonly unknown[]): TweetList {
  const list: TweetList = { tweets: [], ignored: [] };
  items.forEach((item, index) => {
    const parsed = tweetSchema.safeParse(item);
    if (parsed.success) list.tweets.push(parsed.data);
    else list.ignored.push({ index, reason: `tweets.${index}: ${describeZodError(parsed.error)}` });
  });
  return list;
}
