import { describe, expect, it, vi } from 'vitest';
import {
  createTwitterChannelStateStore,
  nextTwitterChannelState,
  twitterChannelStateLabel,
} from '../../../src/features/session/twitterChannelState';
import type { NotificationListener } from '../../../src/gws/cometd';
import type { GwsNotification } from '../../../src/gws/schemas';

const channels = (...entries: [string, string][]): GwsNotification => ({
  kind: 'channelState',
  channels: entries.map(([channel, state]) => ({ channel, state })),
});

describe('nextTwitterChannelState', () => {
  it('takes the twitter channel of a channel-state notification, and ignores everything else', () => {
    expect(nextTwitterChannelState(undefined, channels(['twitter', 'NotReady']))).toBe('NotReady');
    expect(nextTwitterChannelState('NotReady', channels(['chat', 'Ready']))).toBe('NotReady');
    expect(nextTwitterChannelState('Ready', channels(['chat', 'NotReady'], ['twitter', 'LoggedOut']))).toBe('LoggedOut');
    expect(nextTwitterChannelState('Ready', { kind: 'unrecognised', reason: 'x' })).toBe('Ready');
  });

  it('has words for the header', () => {
    expect([undefined, 'Ready', 'NotReady', 'LoggedOut', 'AfterCallWork'].map(twitterChannelStateLabel)).toEqual([
      'unknown',
      'Ready',
      'Not Ready',
      'Logged out',
      'AfterCallWork',
    ]);
  });
});

describe('createTwitterChannelStateStore', () => {
  function storeWithFeed() {
    let listener: NotificationListener = () => undefined;
    const unsubscribe = vi.fn();
    const store = createTwitterChannelStateStore({
      onNotification: (added) => {
        listener = added;
        return unsubscribe;
      },
    });
    return { store, unsubscribe, feed: (notification: GwsNotification) => listener(notification, {}, '/v2/me/channels') };
  }

  it('follows the notifications and tells subscribers about real changes only', () => {
    const { store, feed } = storeWithFeed();
    const changed = vi.fn();
    store.subscribe(changed);
    feed(channels(['twitter', 'NotReady']));
    feed(channels(['twitter', 'NotReady']));
    expect(store.get()).toBe('NotReady');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('waitFor resolves on the confirming notification, at once if already there, and rejects after the timeout', async () => {
    const { store, feed } = storeWithFeed();
    const ready = store.waitFor('Ready', 1_000);
    feed(channels(['twitter', 'Ready']));
    await expect(ready).resolves.toBeUndefined();
    await expect(store.waitFor('Ready', 1)).resolves.toBeUndefined();
    await expect(store.waitFor('NotReady', 5)).rejects.toThrow('GWS has not confirmed the change to Not Ready yet');
  });

  it('stop() stops listening', () => {
    const { store, unsubscribe } = storeWithFeed();
    store.stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
