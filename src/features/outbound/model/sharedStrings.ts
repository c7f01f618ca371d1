import { consoleUserDataKeys } from '../../../gws/http';
import type { Tweet, UserData } from '../../../gws/schemas';

/**
 * One copy of each repeated short string among the tweets the panel keeps. Every notification
 * arrives as fresh strings (parsed from its own JSON, or copied across from the notification worker),
 * so 100,000 tweets would otherwise hold 100,000 copies of "Sent", of the From account, of the agent's
 * and the queue's names, of the profile image URL… The message and the ids are left alone: they
 * differ from tweet to tweet.
 */
export type StringPool = (value: string) => string;

/** Strings longer than this are kept as they came (a message-like value is rarely repeated). */
const maxPooledLength = 200;

/** Forgets everything when full, so that a stream of one-off values cannot grow it without end. */
export function createStringPool(maxEntries = 20_000): StringPool {
  let pool = new Map<string, string>();
  return (value) => {
    if (value.length > maxPooledLength) return value;
    const known = pool.get(value);
    if (known !== undefined) return known;
    if (pool.size >= maxEntries) pool = new Map();
    pool.set(value, value);
    return value;
  };
}

/** userData keys whose values are one per tweet: not worth a place in the pool. */
const oneOffUserDataKeys = new Set<string>(['_twitterMsgId', consoleUserDataKeys.draftKey]);

function sharedUserData(userData: UserData, intern: StringPool): UserData {
  const shared: UserData = {};
  for (const [key, value] of Object.entries(userData)) {
    shared[key] = typeof value === 'string' && !oneOffUserDataKeys.has(key) ? intern(value) : value;
  }
  return shared;
}

/** The same tweet (equal field by field), with its repeated strings and capability lists shared. */
export function withSharedStrings(tweet: Tweet, intern: StringPool, capabilityLists: Map<string, string[]>): Tweet {
  const shared: Tweet = { ...tweet };
  if (tweet.from !== undefined) shared.from = intern(tweet.from);
  if (tweet.state !== undefined) shared.state = intern(tweet.state);
  if (tweet.twitterType !== undefined) shared.twitterType = intern(tweet.twitterType);
  if (tweet.capabilities) {
    const key = tweet.capabilities.join('\u0000');
    let list = capabilityLists.get(key);
    if (!list) {
      if (capabilityLists.size >= 1_000) capabilityLists.clear();
      list = tweet.capabilities.map(intern);
      capabilityLists.set(key, list);
    }
    shared.capabilities = list;
  }
  if (tweet.userData) shared.userData = sharedUserData(tweet.userData, intern);
  return shared;
}
