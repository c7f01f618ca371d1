import type { GwsNotification } from '../../gws/schemas';

/**
 * Pure: whether a notification tells how an operation on this tweet (Send, Cancel) ended, whatever
 * its referenceId: the tweet left Composing, or an Error names it.
 */
export function isOutcomeFor(tweetId: string, notification: GwsNotification): boolean {
  if (notification.kind === 'tweetState') return notification.tweet.id === tweetId && notification.tweet.state !== 'Composing';
  if (notification.kind === 'tweetError') return notification.tweet?.id === tweetId;
  return false;
}
