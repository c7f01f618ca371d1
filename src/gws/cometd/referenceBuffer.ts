/**
 * Recent items by GWS `referenceId`, so a notification that arrived before its HTTP answer was read
 * can still be found. Bounded twice: entries older than `retentionMs` are dropped, and beyond
 * `maxEntries` the oldest go first. Only the first item per referenceId is kept. No timers.
 */
export interface ReferenceBuffer<T> {
  record(referenceId: number, item: T): void;
  find(referenceId: number): T | undefined;
  readonly size: number;
}

export interface ReferenceBufferOptions {
  retentionMs: number;
  maxEntries: number;
  /** Clock, for tests. */
  now?: () => number;
}

export function createReferenceBuffer<T>({ retentionMs, maxEntries, now = Date.now }: ReferenceBufferOptions): ReferenceBuffer<T> {
  // Map iteration follows insertion order, which is also time order: the oldest entry is first.
  const entries = new Map<number, { item: T; recordedAt: number }>();

  function dropExpired(): void {
    const oldestAllowed = now() - retentionMs;
    for (const [referenceId, entry] of entries) {
      if (entry.recordedAt > oldestAllowed) break;
      entries.delete(referenceId);
    }
  }

  return {
    record(referenceId, item) {
      dropExpired();
      if (entries.has(referenceId) || maxEntries <= 0) return;
      entries.set(referenceId, { item, recordedAt: now() });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    find(referenceId) {
      dropExpired();
      return entries.get(referenceId)?.item;
    },
    get size() {
      dropExpired();
      return entries.size;
    },
  };
}
