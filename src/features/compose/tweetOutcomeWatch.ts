import type { NotificationClient } from '../../gws/cometd';
import type { GwsNotification } from '../../gws/schemas';

/** A tweet notification that ends a Send: a state other than Composing, or an Error. */
export type TweetOutcome = Extract<GwsNotification, { kind: 'tweetState' | 'tweetError' }>;

/** Pure: whether a notification tells how a Send on this tweet ended, whatever its referenceId. */
export function isOutcomeFor(tweetId: string, notification: GwsNotification): notification is TweetOutcome {
  if (notification.kind === 'tweetState') return notification.tweet.id === tweetId && notification.tweet.state !== 'Composing';
  if (notification.kind === 'tweetError') return notification.tweet?.id === tweetId;
  return false;
}

export interface TweetOutcomeWatch {
  /** The first outcome seen since the watch started, waiting up to `timeoutMs` for one. */
  next(timeoutMs: number): Promise<TweetOutcome | undefined>;
  stop(): void;
}

/**
 * Watches notifications about one tweet, from before its Send goes out: when the Send's answer is
 * lost, its referenceId is unknown, but the notification still names the tweet.
 */
export function watchTweetOutcome(notifications: Pick<NotificationClient, 'onNotification'>, tweetId: string): TweetOutcomeWatch {
  let seen: TweetOutcome | undefined;
  const waiting = new Set<() => void>();
  const stop = notifications.onNotification((notification) => {
    if (seen || !isOutcomeFor(tweetId, notification)) return;
    seen = notification;
    for (const wake of [...waiting]) wake();
  });
  return {
    stop,
    next(timeoutMs) {
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(seen);
        };
        const timer = setTimeout(wake, timeoutMs);
        waiting.add(wake);
      });
    },
  };
}
