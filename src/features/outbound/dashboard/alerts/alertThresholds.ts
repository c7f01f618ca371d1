import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { localStore, storedValue } from '../../../../shared/lib/browserStorage';
import { alertsOff, type AlertThresholds } from './alertRules';

export const alertThresholdsKey = 'gws-tweet-console.alert-thresholds';

// Whole numbers, 1 or more (isValidThreshold). JSON has no undefined: an alert that is off is
// absent, or null as a hand-edited value may have it.
const threshold = z.optional(z.nullable(z.number().check(z.int(), z.gte(1))));
const storedThresholdsSchema = z.object({ errorsPerMinute: threshold, stuck: threshold });

/**
 * The alert thresholds of this browser, shared by every component of the page that shows or
 * uses them, and followed across tabs (the `storage` event). What is stored is read through the
 * schema: anything that does not fit (another version, a hand edit) means all alerts off.
 */
export interface AlertThresholdsStore {
  get: () => AlertThresholds;
  /** Remembers the thresholds (kept for this page even when storage refuses the write). */
  set: (next: AlertThresholds) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createAlertThresholdsStore(storage = localStore): AlertThresholdsStore {
  const stored = storedValue(storage, alertThresholdsKey, storedThresholdsSchema);
  const read = (): AlertThresholds => {
    const value = stored.read();
    return value ? { errorsPerMinute: value.errorsPerMinute ?? undefined, stuck: value.stuck ?? undefined } : alertsOff;
  };
  // One object per change: useSyncExternalStore needs the same snapshot until something changes.
  let current = read();
  const refresh = (): boolean => {
    const latest = read();
    if (latest.errorsPerMinute === current.errorsPerMinute && latest.stuck === current.stuck) return false;
    current = latest;
    return true;
  };
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  const onOtherTab = (event: StorageEvent): void => {
    if ((event.key === alertThresholdsKey || event.key === null) && refresh()) changed();
  };
  return {
    get: () => current,
    set: (next) => {
      if (!storedThresholdsSchema.safeParse(next).success) {
        throw new RangeError('Alert thresholds are whole numbers of 1 or more, or undefined (off)');
      }
      current = { errorsPerMinute: next.errorsPerMinute, stuck: next.stuck };
      stored.write(current);
      changed();
    },
    subscribe: (listener) => {
      if (listeners.size === 0) {
        // Nobody listened to other tabs meanwhile: catch up (useSyncExternalStore sees the change).
        refresh();
        if (typeof window !== 'undefined') window.addEventListener('storage', onOtherTab);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onOtherTab);
      };
    },
  };
}

let pageStore: AlertThresholdsStore | undefined;

/** The page's store over localStorage, made on first use (a reload makes a new one). */
export function pageAlertThresholdsStore(): AlertThresholdsStore {
  pageStore ??= createAlertThresholdsStore();
  return pageStore;
}

/** The stored thresholds and a setter that stores them; every component using it sees the same. */
export function useAlertThresholds(
  store: AlertThresholdsStore = pageAlertThresholdsStore(),
): [AlertThresholds, (next: AlertThresholds) => void] {
  const thresholds = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [thresholds, store.set];
}
