/**
 * Rates of /sim/load in both units. Each load tweet is two notifications (Composing, then Sent), so
 * "2,000/s" alone is ambiguous: the bench always says "2,000 notifications/s (1,000 tweets/s)".
 */
export const notificationsPerTweet = 2;

const count = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** E.g. rateLabel(2000) → "2,000 notifications/s (1,000 tweets/s)". */
export function rateLabel(notificationsPerSecond: number): string {
  return `${count(notificationsPerSecond)} notifications/s (${count(notificationsPerSecond / notificationsPerTweet)} tweets/s)`;
}

/** The same from a tweet rate: tweetRateLabel(5000) → "10,000 notifications/s (5,000 tweets/s)". */
export function tweetRateLabel(tweetsPerSecond: number): string {
  return rateLabel(tweetsPerSecond * notificationsPerTweet);
}
