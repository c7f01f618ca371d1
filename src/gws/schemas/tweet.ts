import * as z from 'zod/mini';

/** Known tweet states (contract §3); any other string is kept as a known-unknown. */
export const knownTweetStates = ['Composing', 'Sent', 'Canceled', 'Completed', 'Invited', 'Processing'] as const;
export type KnownTweetState = (typeof knownTweetStates)[number];

export const tweetCapabilities = [
  'Cancel', 'Send', 'AddComment', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'SetDisposition',
  'SetInFocus', 'Transfer', 'Reply', 'Retweet', 'Complete', 'MarkFavorite', 'RemoveFavorite',
] as const;

/**
 * userData: key → any JSON value. Mostly strings and numbers (the Save sample's `"UserData2":123456789`),
 * but routing keys can be `null` (the Accept sample's `"RRequestedSkills"`) and key/value lists nest
 * [doc: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterAccept, …/TwitterSave].
 * One odd value never makes a tweet unreadable: values stay `unknown` until shown (userDataText).
 */
export const userDataSchema = z.record(z.string(), z.unknown());
export type UserData = z.infer<typeof userDataSchema>;

/** The normalised tweet: `null` fields read as absent, `tweetType` as `twitterType`. */
export interface Tweet {
  id: string;
  contactId?: string;
  parentId?: string;
  from?: string;
  message?: string;
  subject?: string;
  state?: string;
  /** `Inbound` | `Outbound`; absent when the wire had neither spelling. */
  twitterType?: string;
  /** GWS's own REST URL of the interaction (an internal host): never a link for people. */
  uri?: string;
  /** Unknown capability names are kept: the UI only looks for the ones it knows. */
  capabilities?: string[];
  userData?: UserData;
  /** The tweet's status id on Twitter [doc: TwitterMessageType sample, an inbound tweet]. */
  twitterMsgId?: string;
}

/** A field GWS may leave out or send as `null` (both read as absent). */
const absentOr = <T extends z.core.$ZodType>(schema: T) => z.optional(z.nullable(schema));
const text = absentOr(z.string());

/**
 * The tweet resource [doc: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterResource].
 * GWS spells the direction `twitterType`; the TwitterMessageType page spells it `tweetType`: both
 * are accepted and normalised to `twitterType`. Unknown fields are dropped; `null`s read as absent.
 */
export const tweetSchema = z.pipe(
  z.object({
    id: z.string().check(z.minLength(1)),
    contactId: text,
    parentId: text,
    from: text,
    message: text,
    subject: text,
    state: text,
    twitterType: text,
    tweetType: text,
    uri: text,
    capabilities: absentOr(z.array(z.string())),
    userData: absentOr(userDataSchema),
    twitterMsgId: absentOr(z.union([z.string(), z.number()])),
  }),
  z.transform(({ tweetType, twitterType, twitterMsgId, ...fields }): Tweet => {
    const tweet: Tweet = { id: fields.id };
    for (const [key, value] of Object.entries(fields)) {
      if (value !== null && value !== undefined) Object.assign(tweet, { [key]: value });
    }
    const direction = twitterType ?? tweetType;
    if (direction !== null && direction !== undefined) tweet.twitterType = direction;
    const statusId = statusIdText(twitterMsgId);
    if (statusId !== undefined) tweet.twitterMsgId = statusId;
    return tweet;
  }),
);

/**
 * A Twitter status id as text. Ids exceed 2^53, so a JSON number may already have lost digits:
 * only a string or a safe integer is taken (a wrong id would link to someone else's tweet).
 */
export function statusIdText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

export function hasCapability(tweet: Pick<Tweet, 'capabilities'>, capability: (typeof tweetCapabilities)[number]): boolean {
  return tweet.capabilities?.includes(capability) ?? false;
}
