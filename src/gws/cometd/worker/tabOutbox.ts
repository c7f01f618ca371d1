import type { DeliveredNotification, WorkerMessage } from './workerProtocol';

export interface OutboxTiming {
  /**
   * At most one batch per this many ms; default 0: each long-poll answer goes out as it comes. The
   * tab paces its applies to its frames (every other frame under load, tweetFeed.ts): a window here
   * made a tweet wait twice, for the window and then for a frame. Measured at 2,000 notifications/s
   * into 100,000 tweets (bench panelIngest, side by side with 6388695, 2026-11-28): a 33 ms window,
   * apply / on-screen p95 60 / 56 ms and 165 ms of main-thread CPU per 1,000 notifications; none
   * here, 52 / 47 ms and 163 ms.
   */
  windowMs?: number;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** What the worker posts to one tab. */
export interface TabOutbox {
  /** Queues a notification for the tab's next batch. */
  add(item: DeliveredNotification): void;
  /** Posts a message after whatever is queued, so the tab sees everything in the order it happened. */
  send(message: WorkerMessage): void;
  /** Drops what is queued; nothing more is posted. */
  close(): void;
}

/**
 * Batches notifications for one tab: every message of one long-poll answer goes out in one batch,
 * in the same task's wake, and at most one batch per `windowMs` when one is set.
 */
export function createTabOutbox(post: (message: WorkerMessage) => void, timing: OutboxTiming = {}): TabOutbox {
  const windowMs = timing.windowMs ?? 0;
  const now = timing.now ?? (() => performance.now());
  const setTimer = timing.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = timing.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let queued: DeliveredNotification[] = [];
  let timer: unknown;
  let lastFlushAt = -Infinity;
  let closed = false;

  function flush(): void {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (queued.length === 0) return;
    const items = queued;
    queued = [];
    lastFlushAt = now();
    post({ type: 'notifications', items });
  }

  return {
    add(item) {
      if (closed) return;
      queued.push(item);
      timer ??= setTimer(flush, Math.max(0, lastFlushAt + windowMs - now()));
    },
    send(message) {
      if (closed) return;
      flush();
      post(message);
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      queued = [];
    },
  };
}
