/** Health of the session's notification feed, updated once per flush (not per message). */
export interface FeedStats {
  /** Notifications received since sign-in. */
  received: number;
  /** Malformed or unrecognised ones, which changed nothing. */
  ignored: number;
  /** Tweets of `GET /api/v2/me/tweets` answers that did not fit the resource (the rest of each list was used). */
  ignoredListItems: number;
  /** Why the last notification or list item was ignored. */
  lastIgnoredReason: string | undefined;
  /** When the last notification of any kind arrived (ms since epoch). */
  lastNotificationAt: number | undefined;
}

export const emptyFeedStats: FeedStats = {
  received: 0,
  ignored: 0,
  ignoredListItems: 0,
  lastIgnoredReason: undefined,
  lastNotificationAt: undefined,
};
