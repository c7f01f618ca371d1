import { channelMatches, type NotificationClient } from '../../../gws/cometd';
import type { TweetList } from '../../../gws/schemas';
import type { OutboundEvent } from '../model/outboundTweets';
import { emptyFeedStats, type FeedStats } from './feedStats';
import { createFrameScheduler, type ScheduleFlush } from './frameScheduler';
import { createIgnoredNotificationLog, type IgnoredNotificationLog } from './ignoredNotificationLog';

/** What the Pause control shows. */
export interface PauseSnapshot {
  paused: boolean;
  /** Distinct tweets with updates waiting. */
  waitingTweets: number;
  /** Updates waiting. */
  waitingEvents: number;
  /** Set when the buffer overflowed and live updates resumed by themselves. */
  autoResumed: boolean;
}

export interface OutboundFeedOptions {
  notifications: Pick<NotificationClient, 'onNotification' | 'onReestablished' | 'onStateChange' | 'getState'>;
  /**
   * The tweet channel (config.json `channel`, e.g. `/v2/me/twitter`, or a wildcard): only messages
   * on it are tweet notifications or counted as ignored; other channels' messages (agent state…)
   * only count as "a notification arrived".
   */
  tweetChannel: string;
  /**
   * Every tweet list read in the session (the panel's own, the send flow's checks): its tweets are
   * merged like notifications, its unreadable items counted as ignored.
   */
  tweetLists?: { subscribe(listener: (list: TweetList) => void): () => void };
  /** One cache write for a batch of events (through the pure reducer). */
  applyEvents(events: OutboundEvent[]): void;
  /**
   * Re-read `GET /api/v2/me/tweets` and merge it: after a re-handshake ("reestablished"), and when
   * the client connects again after being Offline (a new session, without "reestablished").
   */
  resync(): void;
  /** The received/ignored counters and the time of the last notification, once per flush. */
  publishStats(stats: FeedStats): void;
  schedule?: ScheduleFlush;
  now?: () => number;
  ignoredLog?: IgnoredNotificationLog;
  /** While paused, at most this many updates wait; beyond, live updates resume by themselves. */
  maxPausedEvents?: number;
}

export interface OutboundFeed {
  /** Subscribes to the notification client; the returned function unsubscribes and drops pending work. */
  start(): () => void;
  pause(): void;
  resume(): void;
  getPauseSnapshot(): PauseSnapshot;
  onPauseChange(listener: () => void): () => void;
}

const running: PauseSnapshot = { paused: false, waitingTweets: 0, waitingEvents: 0, autoResumed: false };

/**
 * The notification path, which may run thousands of times a second: each message costs O(1)
 * (pushed onto an array, or counted when it is not a tweet notification); once per animation
 * frame the batch is written to the cache in one go. While paused, batches wait in a buffer
 * instead (the cache, and so the list, stays still) and a re-handshake's re-read waits too.
 */
export function createOutboundFeed(options: OutboundFeedOptions): OutboundFeed {
  const schedule = options.schedule ?? createFrameScheduler();
  const now = options.now ?? (() => Date.now());
  const ignoredLog = options.ignoredLog ?? createIgnoredNotificationLog();
  const maxPausedEvents = options.maxPausedEvents ?? 50_000;

  let pending: OutboundEvent[] = [];
  let cancelFlush: (() => void) | undefined;
  const stats: FeedStats = { ...emptyFeedStats };
  let statsDirty = false;

  let pauseSnapshot = running;
  let pausedEvents: OutboundEvent[] = [];
  let pausedTweetIds = new Set<string>();
  let resyncWhenResumed = false;
  const pauseListeners = new Set<() => void>();

  function setPauseSnapshot(next: PauseSnapshot): void {
    pauseSnapshot = next;
    for (const listener of [...pauseListeners]) listener();
  }

  function flush(): void {
    cancelFlush = undefined;
    const events = pending;
    pending = [];
    if (events.length > 0) {
      if (pauseSnapshot.paused) hold(events);
      else options.applyEvents(events);
    }
    if (statsDirty) {
      statsDirty = false;
      options.publishStats({ ...stats });
    }
    ignoredLog.flush();
  }

  function hold(events: OutboundEvent[]): void {
    for (const event of events) {
      pausedEvents.push(event);
      if (event.type === 'notification' && (event.notification.kind === 'tweetState' || event.notification.kind === 'tweetError')) {
        const id = event.notification.tweet?.id;
        if (id !== undefined) pausedTweetIds.add(id);
      }
    }
    if (pausedEvents.length > maxPausedEvents) resume(true);
    else setPauseSnapshot({ paused: true, waitingTweets: pausedTweetIds.size, waitingEvents: pausedEvents.length, autoResumed: false });
  }

  function resume(overflowed: boolean): void {
    const waiting = pausedEvents;
    pausedEvents = [];
    pausedTweetIds = new Set();
    setPauseSnapshot({ ...running, autoResumed: overflowed });
    if (waiting.length > 0) options.applyEvents(waiting);
    if (resyncWhenResumed) {
      resyncWhenResumed = false;
      options.resync();
    }
  }

  return {
    start() {
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
      const resync = () => {
        if (pauseSnapshot.paused) resyncWhenResumed = true;
        else options.resync();
      };
      const stopReestablished = options.notifications.onReestablished(resync);
      let offline = options.notifications.getState().status === 'disconnected';
      const stopStateChanges = options.notifications.onStateChange((state) => {
        if (state.status === 'disconnected') offline = true;
        else if (state.status === 'connected' && offline) {
          offline = false;
          resync();
        }
      });
      return () => {
        stopLists?.();
        stopNotifications();
        stopReestablished();
        stopStateChanges();
        cancelFlush?.();
        cancelFlush = undefined;
        pending = [];
      };
    },
    pause() {
      if (!pauseSnapshot.paused) setPauseSnapshot({ paused: true, waitingTweets: 0, waitingEvents: 0, autoResumed: false });
    },
    resume() {
      if (pauseSnapshot.paused) resume(false);
    },
    getPauseSnapshot: () => pauseSnapshot,
    onPauseChange(listener) {
      pauseListeners.add(listener);
      return () => pauseListeners.delete(listener);
    },
  };
}
