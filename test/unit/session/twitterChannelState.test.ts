import { describe, expect, it, vi } from 'vitest';
import {
  createTwitterChannelStateStore,
  nextTwitterChannelState,
  twitterChannelStateLabel,
} from '../../../src/features/session/twitterChannelState';
import type { NotificationListener } from '../../../src/gws/cometd';
import { parseNotification, type GwsNotification } from '../../../src/gws/schemas';

const channels = (...entries: [string, string][]): GwsNotification => ({
  kind: 'channelState',
  channels: entries.map(([channel, state]) => ({ channel, state })),
});

describe('nextTwitterChannelState', () => {
  it('takes the twitter channel of a channel-state notification, and ignores everything else', () => {
    expect(nextTwitterChannelState(undefined, channels(['twitter', 'NotReady']), 'twitter')).toBe('NotReady');
    expect(nextTwitterChannelState('NotReady', channels(['chat', 'Ready']), 'twitter')).toBe('NotReady');
    expect(nextTwitterChannelState('Ready', channels(['chat', 'NotReady'], ['twitter', 'LoggedOut']), 'twitter')).toBe('LoggedOut');
    expect(nextTwitterChannelState('Ready', { kind: 'unrecognised', reason: 'x' }, 'twitter')).toBe('Ready');
  });

  it('follows the configured media channel name', () => {
    expect(nextTwitterChannelState(undefined, channels(['twitter', 'NotReady'], ['social-twitter', 'Ready']), 'social-twitter')).toBe('Ready');
  });

  it('takes all three documented forms: 8.5.0 (no messageType), ChannelStateChangeMessage and …V2', () => {
    const entry = { channel: 'twitter', dndState: 'Off', userState: { displayName: 'Ready', id: '9430250E-0A1B-421F-B372-F29E69366DED', state: 'Ready' } };
    for (const data of [
      { channels: [entry] },
      { messageType: 'ChannelStateChangeMessage', channels: [entry] },
      { messageType: 'ChannelStateChangeMessageV2', channels: [entry] },
    ]) {
      expect(nextTwitterChannelState('NotReady', parseNotification(data), 'twitter')).toBe('Ready');
    }
    // The 8.5.0 DND sample names no channel: it cannot be about Twitter for sure, so nothing changes.
    const noChannel = parseNotification({ channels: [{ dndState: 'On', userState: { state: 'NotReady', displayName: 'Not Ready' } }] });
    expect(nextTwitterChannelState('Ready', noChannel, 'twitter')).toBe('Ready');
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
    }, 'twitter');
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
