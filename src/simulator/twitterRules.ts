import { maxTweetLength, measureTweet } from '../gws/tweetLength';

/**
 * Twitter's rules behind Send (contract §4). The weighted length is twitter-text's `parseTweet`
 * (URLs count 23, most emoji and CJK count 2), through the project's shared `measureTweet`, so the
 * compose form and the simulator always agree.
 */
export function weightedLength(text: string): number {
  return measureTweet(text).weightedLength;
}

export function isOverLimit(text: string): boolean {
  return weightedLength(text) > maxTweetLength;
}

/**
 * Why Twitter would refuse this status, or undefined when it accepts it.
 * `previousMessage` is the account's previous sent tweet (exact duplicates are refused).
 */
export function twitterRejection(message: string, previousMessage: string | undefined): string | undefined {
  if (message.trim() === '') return 'Twitter refused the tweet: it is empty.';
  if (isOverLimit(message)) {
    return `Twitter refused the tweet: ${weightedLength(message)} characters is over the limit of ${maxTweetLength}.`;
  }
  if (previousMessage !== undefined && message === previousMessage) {
    return 'Twitter refused the tweet: status is a duplicate of the previous tweet of this account.';
  }
  return undefined;
}
