import type { NotificationClient } from '../../gws/cometd';
import { createListenerSet } from '../../gws/cometd/listenerSet';
import type { GwsNotification } from '../../gws/schemas';

/** The agent's state on the Twitter channel as GWS last notified it; undefined until it does. */
export type TwitterChannelState = string | undefined;

/**
 * Pure: the state after a notification. Only `/v2/me/channels` notifications (any of the three
 * documented forms) naming the Twitter media channel change it (Ready, NotReady, LoggedOut… any
 * string GWS sends is kept); an entry without a channel name cannot be told apart and changes nothing.
 */
export function nextTwitterChannelState(current: TwitterChannelState, notification: GwsNotification, mediaChannel: string): TwitterChannelState {
  if (notification.kind !== 'channelState') return current;
  const twitter = notification.channels.find((entry) => entry.channel === mediaChannel);
  return twitter ? twitter.state : current;
}

/** Words for the header. */
export function twitterChannelStateLabel(state: TwitterChannelState): string {
  switch (state) {
    case undefined:
      return 'unknown';
    case 'Ready':
      return 'Ready';
    case 'NotReady':
      return 'Not Ready';
    case 'LoggedOut':
      return 'Logged out';
    default:
      return state;
  }
}

/** The Twitter channel state of one session, fed by its notification client from sign-in on. */
export interface TwitterChannelStateStore {
  get: () => TwitterChannelState;
  subscribe: (listener: () => void) => () => void;
  /** Resolves once the state is `wanted` (at once if it already is); rejects after `timeoutMs`. */
  waitFor: (wanted: string, timeoutMs: number) => Promise<void>;
  /** Stops listening to the notification client. */
  stop: () => void;
}

export function createTwitterChannelStateStore(
  notifications: Pick<NotificationClient, 'onNotification'>,
  mediaChannel: string,
): TwitterChannelStateStore {
  let state: TwitterChannelState;
  const listeners = createListenerSet<[]>('Twitter channel state');
  const stop = notifications.onNotification((notification) => {
    const next = nextTwitterChannelState(state, notification, mediaChannel);
    if (next === state) return;
    state = next;
    listeners.emit();
  });
  const subscribe = (listener: () => void) => listeners.add(listener);
  return {
    get: () => state,
    subscribe,
    stop,
    waitFor: (wanted, timeoutMs) => {
      if (state === wanted) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`GWS has not confirmed the change to ${twitterChannelStateLabel(wanted)} yet`));
        }, timeoutMs);
        const unsubscribe = subscribe(() => {
          if (state !== wanted) return;
          clearTimeout(timer);
          unsubscribe();
          resolve();
        });
      });
    },
  };
}
