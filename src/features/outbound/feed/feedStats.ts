/** Health of the notification feed, published once per flush (not per message). */
export interface FeedStats {
  /** Notifications received since the panel started listening. */
  received: number;
  /** Malformed or unrecognised ones, which changed nothing. */
  ignored: number;
  lastIgnoredReason: string | undefined;
  /** When the last notification of any kind arrived (ms since epoch). */
  lastNotificationAt: number | undefined;
}

export const emptyFeedStats: FeedStats = { received: 0, ignored: 0, lastIgnoredReason: undefined, lastNotificationAt: undefined };
