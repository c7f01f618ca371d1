import { isFinished, type SimTweet, type StoredTweet } from './simTweet';

export interface TweetStore {
  readonly size: number;
  get(id: string): StoredTweet | undefined;
  /** Adds a new tweet; evicts the oldest finished tweet (or, if none, the oldest) beyond `maxTweets`. */
  add(owner: string, tweet: SimTweet): void;
  /** Replaces the resource of a stored tweet (after a pure transition). */
  update(id: string, tweet: SimTweet): void;
  setSending(id: string, sending: boolean): void;
  /** The newest `limit` tweets of `owner`, oldest first. */
  list(owner: string, limit: number): SimTweet[];
  /** The newest `limit` tweets whose owner `includes` accepts, oldest first, with their owners. */
  listOwnedBy(includes: (owner: string) => boolean, limit: number): StoredTweet[];
  /** The previous sent message of a Twitter account (for the duplicate rule). */
  lastSentMessage(screenName: string): string | undefined;
  recordSent(screenName: string, message: string): void;
  clear(): void;
}

/**
 * In-memory tweet store of one simulator instance, bounded by `maxTweets`.
 * Finished tweets (Sent, Canceled, Completed) are evicted first, in the order they finished.
 */
export function createTweetStore({ maxTweets }: { maxTweets: number }): TweetStore {
  const tweets = new Map<string, StoredTweet>();
  const byOwner = new Map<string, Set<string>>();
  /** Ids of finished tweets, in the order they finished: the eviction queue. */
  const finished = new Set<string>();
  const lastSent = new Map<string, string>();

  function remove(id: string): void {
    const stored = tweets.get(id);
    if (!stored) return;
    tweets.delete(id);
    finished.delete(id);
    const owned = byOwner.get(stored.owner);
    owned?.delete(id);
    if (owned?.size === 0) byOwner.delete(stored.owner);
  }

  function evictBeyondLimit(): void {
    while (tweets.size > maxTweets) {
      const victim = finished.values().next().value ?? tweets.keys().next().value;
      if (victim === undefined) return;
      remove(victim);
    }
  }

  function lastOf<T>(items: Iterable<T>, count: number, size: number): T[] {
    const out: T[] = [];
    let index = 0;
    const skip = Math.max(0, size - count);
    for (const item of items) {
      if (index++ >= skip) out.push(item);
    }
    return out;
  }

  return {
    get size() {
      return tweets.size;
    },
    get: (id) => tweets.get(id),
    add(owner, tweet) {
      remove(tweet.id);
      tweets.set(tweet.id, { tweet, owner, sending: false });
      let owned = byOwner.get(owner);
      if (!owned) byOwner.set(owner, (owned = new Set()));
      owned.add(tweet.id);
      if (isFinished(tweet)) finished.add(tweet.id);
      evictBeyondLimit();
    },
    update(id, tweet) {
      const stored = tweets.get(id);
      if (!stored) return;
      stored.tweet = tweet;
      if (isFinished(tweet)) finished.add(id);
      else finished.delete(id);
    },
    setSending(id, sending) {
      const stored = tweets.get(id);
      if (stored) stored.sending = sending;
    },
    list(owner, limit) {
      const owned = byOwner.get(owner);
      if (!owned) return [];
      return lastOf(owned, limit, owned.size).flatMap((id) => {
        const stored = tweets.get(id);
        return stored ? [stored.tweet] : [];
      });
    },
    listOwnedBy(includes, limit) {
      const matching: StoredTweet[] = [];
      for (const stored of tweets.values()) if (includes(stored.owner)) matching.push(stored);
      return matching.slice(Math.max(0, matching.length - limit));
    },
    lastSentMessage: (screenName) => lastSent.get(screenName),
    recordSent(screenName, message) {
      lastSent.set(screenName, message);
    },
    clear() {
      tweets.clear();
      byOwner.clear();
      finished.clear();
      lastSent.clear();
    },
  };
}
