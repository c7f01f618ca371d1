/**
 * [ours] What `POST /sim/publish` may queue, per simulator instance (src/simulator/README.md).
 *
 * Two token buckets, each refilled continuously and holding at most one second's worth:
 * - publishes: one per request, at most `publishesPerSecond`;
 * - bytes: the data's JSON size once per CometD session it reached (at least once), at most
 *   `bytesPerSecond`. Every session queues its own copy of a message, so a publish to every session
 *   costs that many copies. A publish is refused while the bucket is empty; the one that empties
 *   it may overdraw it (by at most one body times the sessions reached), and later ones wait for
 *   the refill.
 */
export interface PublishBudgetLimits {
  publishesPerSecond: number;
  bytesPerSecond: number;
}

export interface PublishBudget {
  /** Takes one publish from the budget: undefined when allowed, else why not (HTTP 429). */
  take(): string | undefined;
  /** Charges the bytes a publish queued (data size × sessions reached, at least one). */
  charge(bytes: number): void;
}

export function createPublishBudget(limits: PublishBudgetLimits, now: () => number = () => performance.now()): PublishBudget {
  let publishes = limits.publishesPerSecond;
  let bytes = limits.bytesPerSecond;
  let refilledAt = now();

  function refill(): void {
    const at = now();
    const seconds = Math.max(0, at - refilledAt) / 1000;
    refilledAt = at;
    publishes = Math.min(limits.publishesPerSecond, publishes + seconds * limits.publishesPerSecond);
    bytes = Math.min(limits.bytesPerSecond, bytes + seconds * limits.bytesPerSecond);
  }

  return {
    take() {
      refill();
      if (publishes < 1) return `Over ${limits.publishesPerSecond} publishes per second`;
      if (bytes <= 0) return `Over ${limits.bytesPerSecond} bytes per second (data size × sessions reached)`;
      publishes -= 1;
      return undefined;
    },
    charge(queuedBytes) {
      refill();
      bytes -= queuedBytes;
    },
  };
}

/** The JSON size of published data: what each receiving session queues (a little more with the envelope). */
export function jsonSize(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data) ?? 'null');
}
