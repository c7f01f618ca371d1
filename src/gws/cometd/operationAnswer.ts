import type { GwsNotification } from '../schemas';
import { createListenerSet } from './listenerSet';
import type { NotificationClient } from './notificationClient';

/**
 * How the console learns the outcome of an accepted operation (contract §4). GWS may answer the
 * operation with `{statusCode:0, referenceId}` — then the notification with that referenceId is the
 * answer — or with a plain `{statusCode:0}`, and then only the notification itself can tell, by the
 * tweet it names (Send's outcome is the next notification for that tweet id). Never a guess: a
 * notification that matches neither is not the answer.
 */

/** Notifications matching a rule, seen from the moment the watch starts (before the request goes out). */
export interface NotificationWatch {
  /** The first match since the watch started, waiting up to `timeoutMs`; undefined when none came or `signal` aborted. */
  next(timeoutMs: number, signal?: AbortSignal): Promise<GwsNotification | undefined>;
  stop(): void;
}

export function watchNotifications(
  notifications: Pick<NotificationClient, 'onNotification'>,
  matches: (notification: GwsNotification) => boolean,
): NotificationWatch {
  let seen: GwsNotification | undefined;
  const waiting = createListenerSet<[]>('notification watch');
  const stop = notifications.onNotification((notification) => {
    if (seen || !matches(notification)) return;
    seen = notification;
    waiting.emit();
  });
  return {
    stop,
    next(timeoutMs, signal) {
      if (seen || signal?.aborted) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', wake);
          stopWaiting();
          resolve(seen);
        };
        const timer = setTimeout(wake, timeoutMs);
        signal?.addEventListener('abort', wake, { once: true });
        const stopWaiting = waiting.add(wake);
      });
    },
  };
}

/**
 * The answer to an accepted operation: the notification carrying the ack's `referenceId` (when it
 * had one) or the first one `watch` matches, whichever comes first; undefined after `timeoutMs`.
 * The watch must have started before the request went out: the answer can beat the HTTP response.
 */
export async function waitForAnswer(
  notifications: Pick<NotificationClient, 'waitForReference'>,
  referenceId: number | undefined,
  watch: NotificationWatch,
  timeoutMs: number,
): Promise<GwsNotification | undefined> {
  const done = new AbortController();
  const candidates = [watch.next(timeoutMs, done.signal)];
  if (referenceId !== undefined) {
    candidates.push(notifications.waitForReference(referenceId, timeoutMs, done.signal).catch(() => undefined));
  }
  try {
    return await new Promise<GwsNotification | undefined>((resolve) => {
      let pending = candidates.length;
      for (const candidate of candidates) {
        void candidate.then((answer) => {
          pending -= 1;
          if (answer !== undefined || pending === 0) resolve(answer);
        });
      }
    });
  } finally {
    done.abort();
  }
}
