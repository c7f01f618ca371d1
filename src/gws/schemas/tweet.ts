import * as z from 'zod/mini';

/** Known tweet states (contract §3); any other string is kept as a known-unknown. */
export const knownTweetStates = ['Composing', 'Sent', 'Canceled', 'Completed', 'Invited', 'Processing'] as const;
export type KnownTweetState = (typeof knownTweetStates)[number];

export const tweetCapabilities = [
  'Cancel', 'Send', 'AddComment', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'SetDisposition',
  'SetInFocus', 'Transfer', 'Reply', 'Retweet', 'Complete', 'MarkFavorite', 'RemoveFavorite',
] as const;

/** userData: string → string | number (counts come as strings, booleans as "true"/"false"). */
export const userDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type UserData = z.infer<typeof userDataSchema>;

const tweetFields = {
  id: z.string().check(z.minLength(1)),
  contactId: z.optional(z.string()),
  parentId: z.optional(z.string()),
  from: z.optional(z.string()),
  message: z.optional(z.string()),
  subject: z.optional(z.string()),
  state: z.optional(z.string()),
  uri: z.optional(z.string()),
  /** Unknown capability names are kept: the UI only looks for the ones it knows. */
  capabilities: z.optional(z.array(z.string())),
  userData: z.optional(userDataSchema),
};

/** The normalised tweet: `twitterType` is absent when the wire had neither spelling. */
export type Tweet = z.output<z.ZodMiniObject<typeof tweetFields>> & { twitterType?: string };

/**
 * The tweet resource. GWS spells the direction `twitterType`; one doc page spells it `tweetType`:
 * both are accepted and normalised to `twitterType`.
 */
export const tweetSchema = z.pipe(
  z.object({ ...tweetFields, twitterType: z.optional(z.string()), tweetType: z.optional(z.string()) }),
  z.transform(({ tweetType, twitterType, ...rest }): Tweet => {
    const direction = twitterType ?? tweetType;
    return direction === undefined ? rest : { ...rest, twitterType: direction };
  }),
);

export function hasCapability(tweet: Pick<Tweet, 'capabilities'>, capability: (typeof tweetCapabilities)[number]): boolean {
  return tweet.capabilities?.includes(capability) ?? false;
}
