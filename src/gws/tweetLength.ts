import twitterText from 'twitter-text';

/** Twitter's limit in weighted characters (twitter-text v3 config). */
export const maxTweetLength = 280;

export interface TweetMeasure {
  /** URLs count 23, most emoji and CJK count 2, per twitter-text's parseTweet. */
  weightedLength: number;
  /** Characters left; negative when over the limit. */
  remaining: number;
  /** Within the limit and not blank (twitter-text's own validity). */
  valid: boolean;
  /** UTF-16 index where the part over the limit starts, or undefined when it fits. */
  overflowStart: number | undefined;
}

/** Twitter's own rule for a tweet's length, shared by the compose form and the simulator. */
export function measureTweet(text: string): TweetMeasure {
  const parsed = twitterText.parseTweet(text);
  const over = parsed.weightedLength > maxTweetLength;
  return {
    weightedLength: parsed.weightedLength,
    remaining: maxTweetLength - parsed.weightedLength,
    valid: parsed.valid,
    overflowStart: over ? parsed.validRangeEnd + 1 : undefined,
  };
}
