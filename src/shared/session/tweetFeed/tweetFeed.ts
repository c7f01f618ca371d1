// Straight from their files: the cometd library (gws/cometd's index) stays out of the sign-in page's bundle.
import { channelMatches } from '../../../gws/cometd/channelPatterns';
import type { NotificationClient } from '../../../gws/cometd';
import { createListenerSet } from '../../../gws/cometd/listenerSet';
import type { GwsNotification, Tweet, TweetList } from '../../../gws/schemas';
import { emptyFeedStats, type FeedStats } from './feedStats';
import { createFrameScheduler, type ScheduleFlush } from './frameScheduler';
import { createIgnoredNotificationLog, type IgnoredNotificationLog } from './ignoredNotificationLog';
import { heldUpdates, notHeld, type HeldUpdates } from './heldUpdates';

/**
 * One thing the feed learned about tweets: a tweet notification, or a list read (`GET
 * /api/v2/me/tweets`, or the team feed's list with each tweet's agent in `agents`, by tweet id).
 */
export type TweetFeedEvent =
  | { type: 'notification'; notification: GwsNotification; at: number }
  | { type: 'list'; tweets: readonly Tweet[]; at: number; agents?: ReadonlyMap<string, string> };

/**
 * Why the list must be read again: a re-handshake or a Reconnect from Offline lost notifications
 * ('reestablished'), or the feed dropped updates while nobody was listening ('missed'), in which
 * case a read already on its way is recent enough.
 */
export type ResyncReason = 'reestablished' | 'missed';

/** Whoever keeps the tweets (the live panel's cache): one at a time. */
export interface TweetFeedConsumer {
  /** One batch of events, once per frame at most: apply them in one write. */
  applyEvents: (events: TweetFeedEvent[]) => void;
  resync: (reason: ResyncReason) => void;
}

/** What the header and the panel show of the feed; a new object only when one of its parts changed. */
export interface TweetFeedStatus {
  stats: FeedStats;
  held: HeldUpdates;
}

export interface TweetFeedOptions {
  notifications: Pick<NotificationClient, 'onNotification' | 'onReestablished' | 'onStateChange' | 'getState'>;
  /**
   * The tweet channel (config.json `channel`, or a wildcard): only its messages are tweet
   * notifications or counted as ignored; other channels' only count as "a notification arrived".
   */
  tweetChannel: string;
  /** Every tweet list read in the session: merged like notifications, unreadable items counted. */
  tweetLists?: { subscribe: (listener: (list: TweetList) => void) => () => void };
  schedule?: ScheduleFlush;
  now?: () => number;
  ignoredLog?: IgnoredNotificationLog;
  /** While paused, at most this many updates wait; beyond, live updates resume by themselves. */
  maxHeldEvents?: number;
  /**
   * The counters (received, ignored, "N new") are published at most this often (default 250 ms, the
   * last change always): re-rendering the header every frame under load costs the main thread a
   * style and layout pass per frame, and nobody reads a counter 60 times a second.
   */
  countsEveryMs?: number;
}

/**
 * The session's tweet notifications, from sign-in to sign-out, batched per animation frame.
 * `connect` hands the batches to one consumer; Pause holds them (the list stands still) and Resume
 * applies them at once. The status (counters, pause) is an external store for useSyncExternalStore.
 */
export interface TweetFeed {
  /** Returns the function that disconnects the consumer. */
  connect: (consumer: TweetFeedConsumer) => () => void;
  pause: () => void;
  resume: () => void;
  getStatus: () => TweetFeedStatus;
  subscribeStatus: (listener: () => void) => () => void;
  /** Stops listening to the session (at its end) and drops pending work. */
  stop: () => void;
}

/**
 * Under load the batch goes to the consumer at most every 24 ms of frame time: every other frame at
 * 60 Hz, every third at 120 Hz, so the table renders 30 to 40 times a second. The first update
 * after a quiet spell still goes on the next frame. The worker forwards each long-poll answer as it
 * comes, so a tweet waits once for the next apply, not for a worker batch and then a frame.
 * Measured at 2,000 notifications/s into 100,000 tweets (bench panelIngest): see README, Performance.
 */
const applyGapMs = 24;

/**
 * Each message costs O(1) (pushed onto an array, or counted when it is not a tweet notification);
 * on a frame (see applyGapMs) the batch goes to the consumer in one call. Without a consumer (the panel not
 * mounted yet, or gone) updates are dropped and the next consumer is told to read the list again.
 */
export function createTweetFeed(options: TweetFeedOptions): TweetFeed {
  const schedule = options.schedule ?? createFrameScheduler({ minGapMs: applyGapMs });
  const now = options.now ?? (() => Date.now());
  const ignoredLog = options.ignoredLog ?? createIgnoredNotificationLog();
  const maxHeldEvents = options.maxHeldEvents ?? 50_000;
  const countsEveryMs = options.countsEveryMs ?? 250;
  const statusListeners = createListenerSet<[]>('tweet feed status');

  let consumer: TweetFeedConsumer | undefined;
  let missed = false;
  let pending: TweetFeedEvent[] = [];
  let cancelFlush: (() => void) | undefined;
  const stats: FeedStats = { ...emptyFeedStats };
  let statsDirty = false;
  let status: TweetFeedStatus = { stats: emptyFeedStats, held: notHeld };
  let heldEvents: TweetFeedEvent[] = [];
  let heldTweetIds = new Set<string>();
  let resyncWhenResumed = false;
  let heldDirty = false;
  let countsTimer: ReturnType<typeof setTimeout> | undefined;
  let countsPublishedAt = -Infinity;

  const setStatus = (change: Partial<TweetFeedStatus>) => {
    status = { ...status, ...change };
    statusListeners.emit();
  };
  const deliver = (events: TweetFeedEvent[]) => {
    if (consumer) consumer.applyEvents(events);
    else missed = true;
  };
  const resync = () => {
    if (status.held.paused) resyncWhenResumed = true;
    else if (consumer) consumer.resync('reestablished');
    else missed = true;
  };

  function publishCounts(): void {
    countsTimer = undefined;
    countsPublishedAt = now();
    const change: Partial<TweetFeedStatus> = {};
    if (statsDirty) change.stats = { ...stats };
    if (heldDirty && status.held.paused) change.held = heldUpdates(heldTweetIds.size, heldEvents.length);
    statsDirty = heldDirty = false;
    if (change.stats || change.held) setStatus(change);
  }

  /** Counters changed: published now, or when `countsEveryMs` has passed since the last time. */
  function countsChanged(): void {
    if (countsTimer !== undefined) return;
    const wait = countsPublishedAt + countsEveryMs - now();
    if (wait <= 0) publishCounts();
    else countsTimer = setTimeout(publishCounts, wait);
  }

  function flush(): void {
    cancelFlush = undefined;
    const events = pending;
    pending = [];
    if (events.length > 0) {
      if (status.held.paused) hold(events);
      else deliver(events);
    }
    if (statsDirty) countsChanged();
    ignoredLog.flush();
  }

  function hold(events: TweetFeedEvent[]): void {
    for (const event of events) {
      heldEvents.push(event);
      if (event.type === 'notification' && (event.notification.kind === 'tweetState' || event.notification.kind === 'tweetError')) {
        const id = event.notification.tweet?.id;
        if (id !== undefined) heldTweetIds.add(id);
      }
    }
    if (heldEvents.length > maxHeldEvents) release(true);
    else {
      heldDirty = true;
      countsChanged();
    }
  }

  function release(overflowed: boolean): void {
    const waiting = heldEvents;
    heldEvents = [];
    heldTweetIds = new Set();
    heldDirty = false;
    setStatus({ held: { ...notHeld, autoResumed: overflowed } });
    if (waiting.length > 0) deliver(waiting);
    if (resyncWhenResumed) {
      resyncWhenResumed = false;
      resync();
    }
  }

  const stopNotifications = options.notifications.onNotification((notification, raw, channel) => {
    const at = now();
    stats.received += 1;
    stats.lastNotificationAt = at;
    statsDirty = true;
    cancelFlush ??= schedule(flush);
    if (!channelMatches(options.tweetChannel, channel)) return;
    if (notification.kind === 'tweetState' || (notification.kind === 'tweetError' && notification.tweet)) {
      pending.push({ type: 'notification', notification, at });
    } else if (notification.kind === 'unrecognised') {
      stats.ignored += 1;
      stats.lastIgnoredReason = notification.reason;
      ignoredLog.note(notification.reason, raw);
    }
  });
  const stopLists = options.tweetLists?.subscribe((list) => {
    for (const item of list.ignored) {
      stats.ignoredListItems += 1;
      stats.lastIgnoredReason = item.reason;
      ignoredLog.noteListItem(item.reason);
    }
    if (list.ignored.length > 0) statsDirty = true;
    pending.push({ type: 'list', tweets: list.tweets, at: now() });
    cancelFlush ??= schedule(flush);
  });
  const stopReestablished = options.notifications.onReestablished(resync);
  let offline = options.notifications.getState().status === 'disconnected';
  const stopStateChanges = options.notifications.onStateChange((state) => {
    if (state.status === 'disconnected') offline = true;
    else if (state.status === 'connected' && offline) {
      offline = false;
      resync();
    }
  });

  return {
    connect: (next) => {
      consumer = next;
      if (missed) {
        missed = false;
        next.resync('missed');
      }
      return () => {
        if (consumer === next) consumer = undefined;
      };
    },
    pause: () => {
      if (!status.held.paused) setStatus({ held: heldUpdates(0, 0) });
    },
    resume: () => {
      if (status.held.paused) release(false);
    },
    getStatus: () => status,
    subscribeStatus: (listener) => statusListeners.add(listener),
    stop: () => {
      stopLists?.();
      stopNotifications();
      stopReestablished();
      stopStateChanges();
      cancelFlush?.();
      cancelFlush = undefined;
      clearTimeout(countsTimer);
      countsTimer = undefined;
      pending = [];
      consumer = undefined;
    },
  };
}
