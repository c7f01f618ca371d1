import { sameConnectionState, type ConnectionState } from './connectionState';
import { createListenerSet } from './listenerSet';
import type { NotificationClient, NotificationClientOptions, NotificationListener } from './notificationClient';
import { createReferenceTracker } from './referenceTracker';
import type { GwsNotification } from '../schemas';

/**
 * What every NotificationClient tells its listeners, whoever runs the connection (this page, or
 * the notification worker): the notifications (and the referenceIds they answer), the connection
 * state, re-establishment; and the listening half of the client's interface.
 */
export interface ClientEvents {
  /** Records the referenceId (when there is one), then tells every listener. */
  notify: (notification: GwsNotification, raw: unknown, channel: string, referenceId: number | undefined) => void;
  /** Tells the listeners when the state really changed. */
  setState: (next: ConnectionState) => void;
  getState: () => ConnectionState;
  reestablished: () => void;
  listening: Pick<NotificationClient, 'getState' | 'onNotification' | 'onStateChange' | 'onReestablished' | 'waitForReference'>;
}

export function createClientEvents(options: Pick<NotificationClientOptions, 'referenceBufferMs' | 'referenceBufferSize'>): ClientEvents {
  const notificationListeners = createListenerSet<Parameters<NotificationListener>>('notification');
  const stateListeners = createListenerSet<[ConnectionState]>('state change');
  const reestablishedListeners = createListenerSet<[]>('reestablished');
  const references = createReferenceTracker({
    retentionMs: options.referenceBufferMs ?? 60_000,
    maxEntries: options.referenceBufferSize ?? 1_000,
  });
  let state: ConnectionState = { status: 'disconnected' };
  const getState = () => state;
  return {
    notify: (notification, raw, channel, referenceId) => {
      if (referenceId !== undefined) references.record(referenceId, notification);
      notificationListeners.emit(notification, raw, channel);
    },
    setState: (next) => {
      if (sameConnectionState(state, next)) return;
      state = next;
      stateListeners.emit(next);
    },
    getState,
    reestablished: () => reestablishedListeners.emit(),
    listening: {
      getState,
      onNotification: (listener) => notificationListeners.add(listener),
      onStateChange: (listener) => stateListeners.add(listener),
      onReestablished: (listener) => reestablishedListeners.add(listener),
      waitForReference: (referenceId, timeoutMs, signal) => references.waitFor(referenceId, timeoutMs, signal),
    },
  };
}
