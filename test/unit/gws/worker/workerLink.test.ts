import { describe, expect, it, vi } from 'vitest';
import { createWorkerLink } from '../../../../src/gws/cometd/worker/workerLink';
import { heartbeat } from '../../../../src/gws/cometd/worker/workerProtocol';
import type { TabMessage } from '../../../../src/gws/cometd/worker/workerProtocol';

/** A worker port the test speaks for: `deliver` is a message from the worker. */
function fakePort() {
  const sent: TabMessage[] = [];
  let listener: ((event: MessageEvent) => void) | undefined;
  return {
    sent,
    port: {
      postMessage: (message: TabMessage) => sent.push(message),
      addEventListener: (_type: 'message', next: (event: MessageEvent) => void) => (listener = next),
    },
    deliver: (data: unknown) => listener?.(new MessageEvent('message', { data })),
  };
}

const client = () => ({ onMessage: vi.fn(), onNotification: vi.fn(), onDropped: vi.fn() });

describe('createWorkerLink', () => {
  it('is ready when the worker says so in our protocol, and refuses another protocol', async () => {
    const ours = fakePort();
    const link = createWorkerLink(ours.port, 'shared');
    ours.deliver({ type: 'ready', protocol: 1 });
    await expect(link.ready).resolves.toBeUndefined();

    const older = fakePort();
    const stale = createWorkerLink(older.port, 'shared');
    older.deliver({ type: 'ready', protocol: 0 });
    await expect(stale.ready).rejects.toThrow('the notification worker speaks protocol 0, this page 1');
  });

  it('hands each client its own notifications and messages, answers pings, and counts what it cannot read', () => {
    const { port, sent, deliver } = fakePort();
    const link = createWorkerLink(port, 'shared');
    const [one, two] = [client(), client()];
    link.register(1, one);
    link.register(2, two);
    const item = (clientId: number) => ({ clientId, channel: '/v2/me/twitter', notification: { kind: 'channelState', channel: 'twitter', state: 'Ready' } });
    deliver({ type: 'notifications', items: [item(1), item(2), item(1)] });
    deliver({ type: 'state', clientId: 2, state: { status: 'reconnecting', attempt: 2 } });
    deliver({ type: 'ping' });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    deliver({ type: 'notifications', items: [{ clientId: 1, channel: '/v2/me/twitter', notification: 'not an object' }] });
    deliver({ type: 'state', clientId: 1, state: { status: 'asleep' } });

    expect(one.onNotification).toHaveBeenCalledTimes(2);
    expect(two.onNotification).toHaveBeenCalledTimes(1);
    expect(two.onMessage).toHaveBeenCalledWith({ type: 'state', clientId: 2, state: { status: 'reconnecting', attempt: 2 } });
    expect(one.onMessage).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'pong' }]);
    expect(link.invalidMessages()).toBe(2);
  });

  it('says goodbye on pagehide; back from the back/forward cache, its clients open again', () => {
    const { port, sent, deliver } = fakePort();
    const page = new EventTarget();
    const link = createWorkerLink(port, 'shared', page);
    const one = client();
    link.register(1, one);
    page.dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual([{ type: 'goodbye' }]);
    page.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(one.onDropped).toHaveBeenCalledTimes(1);
    deliver({ type: 'dropped' });
    expect(one.onDropped).toHaveBeenCalledTimes(2);
  });

  it('starts the worker again when it has been silent past the heartbeat while clients are open (it crashed), and the clients open on the new one', () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const first = fakePort();
      const second = fakePort();
      const close = vi.fn();
      const reopen = vi.fn(() => second.port);
      const link = createWorkerLink({ ...first.port, close }, 'shared', undefined, reopen);

      // No clients: a quiet worker is expected (it pings only tabs with clients).
      vi.advanceTimersByTime(heartbeat.silentTabMs * 3);
      expect(reopen).not.toHaveBeenCalled();

      const one = client();
      one.onDropped.mockImplementation(() => link.post({ type: 'open', clientId: 1, options: { url: 'u', authorization: 'a', channels: [], messages: 'gws' } }));
      link.register(1, one);
      // Pings keep it alive: a minute and more with a ping every 20 s.
      for (let i = 0; i < 5; i += 1) {
        vi.advanceTimersByTime(heartbeat.pingEveryMs);
        first.deliver({ type: 'ping' });
      }
      expect(reopen).not.toHaveBeenCalled();

      // Then nothing: past silentTabMs (and the next check), a new worker, and the client opens on it.
      vi.advanceTimersByTime(heartbeat.silentTabMs + heartbeat.pingEveryMs);
      expect(reopen).toHaveBeenCalledTimes(1);
      expect(close).toHaveBeenCalledTimes(1);
      expect(one.onDropped).toHaveBeenCalledTimes(1);
      expect(second.sent).toEqual([{ type: 'open', clientId: 1, options: { url: 'u', authorization: 'a', channels: [], messages: 'gws' } }]);
      // The new worker's messages reach the clients.
      second.deliver({ type: 'state', clientId: 1, state: { status: 'connected' } });
      expect(one.onMessage).toHaveBeenCalledWith({ type: 'state', clientId: 1, state: { status: 'connected' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
