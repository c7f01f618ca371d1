import type { DeliveredNotification, WorkerMessage } from './workerProtocol';

export interface OutboxTiming {
  /**
   * At most one batch per this many ms (33: two frames). The tab applies each batch on its next
   * frame: under load, the table renders every other frame. The trade, measured at 2,000
   * notifications/s with 100,000 tweets (bench panelIngest, 000410f, 2026-11-28): 33 ms, 191 ms of
   * main-thread CPU per 1,000 notifications and apply / on-screen p95 61 / 58 ms; 16 ms, 264 ms and
   * 40 / 47 ms. 33 keeps issue 15's CPU target (half of ebc4d7e's 404 ms); neither meets 30 ms.
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
 * Batches notifications for one tab. A SharedWorker has no animation frames, so a timer stands in:
 * the first notification after a quiet spell goes out in the same task's wake (every message of one
 * long-poll answer in one batch), and under load at most one batch per `windowMs`.
 */
export function createTabOutbox(post: (message: WorkerMessage) => void, timing: OutboxTiming = {}): TabOutbox {
  const windowMs = timing.windowMs ?? 33;
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
