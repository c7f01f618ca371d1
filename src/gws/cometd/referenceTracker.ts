import type { GwsNotification } from '../schemas';
import { GwsError } from '../http/gwsError';
import { createReferenceBuffer } from './referenceBuffer';

/**
 * Matches notifications to the `referenceId` of an accepted operation: waiters are resolved by the
 * first matching notification, including one recorded shortly before they started waiting.
 */
export interface ReferenceTracker {
  record(referenceId: number, notification: GwsNotification): void;
  /**
   * Rejects with GwsError kind 'timeout' when nothing matches within timeoutMs, or with the
   * signal's reason when it aborts first (the waiter is then forgotten; a reason that is no Error
   * comes as the `cause` of one).
   */
  waitFor(referenceId: number, timeoutMs: number, signal?: AbortSignal): Promise<GwsNotification>;
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('The wait was aborted', { cause: reason });
}

export function createReferenceTracker(options: { retentionMs: number; maxEntries: number }): ReferenceTracker {
  const recent = createReferenceBuffer<GwsNotification>(options);
  const waiters = new Map<number, Set<(notification: GwsNotification) => void>>();

  return {
    record(referenceId, notification) {
      recent.record(referenceId, notification);
      const waiting = waiters.get(referenceId);
      if (!waiting) return;
      waiters.delete(referenceId);
      for (const resolve of waiting) resolve(notification);
    },
    waitFor(referenceId, timeoutMs, signal) {
      const already = recent.find(referenceId);
      if (already) return Promise.resolve(already);
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      return new Promise((resolve, reject) => {
        const waiting = waiters.get(referenceId) ?? new Set();
        waiters.set(referenceId, waiting);
        const finish = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          waiting.delete(waiter);
          if (waiting.size === 0 && waiters.get(referenceId) === waiting) waiters.delete(referenceId);
        };
        const waiter = (notification: GwsNotification) => {
          finish();
          resolve(notification);
        };
        const onAbort = () => {
          finish();
          if (signal) reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
          finish();
          reject(
            new GwsError({
              kind: 'timeout',
              message: `No notification for GWS request ${referenceId} within ${timeoutMs} ms`,
            }),
          );
        }, timeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.add(waiter);
      });
    },
  };
}
