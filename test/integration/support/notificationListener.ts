import { adapt } from 'cometd-nodejs-client';
import { CometD, type Message } from 'cometd';
import { notificationsPath } from '../../../src/gws/channels';
import { isMarker, markerData, simControl } from '../../support/simControl';
import { basicAuthorization } from './restClient';

adapt();

export interface Received {
  channel: string;
  data: unknown;
}

export type MessageTest = (message: Received) => boolean;

export interface NotificationListener {
  /** The user whose credentials made the CometD handshake. */
  readonly user: string;
  readonly received: Received[];
  /** Successful handshakes so far (the first one, then each re-handshake). */
  readonly handshakes: number;
  /** The first message (already received or still to come) that satisfies `test`. */
  waitFor(test: MessageTest, timeoutMs?: number, what?: string): Promise<Received>;
  /**
   * Waits for the message satisfying `marker`, then fails if one satisfying `unwanted` was received.
   * A CometD session receives its messages in the order they were published: a marker published
   * after the unwanted message could have been comes after it, so its arrival proves it did not.
   */
  expectNoneBefore(unwanted: MessageTest, marker: MessageTest): Promise<void>;
  waitForHandshakes(count: number, timeoutMs?: number): Promise<void>;
  disconnect(): Promise<void>;
}

export interface ListenOptions {
  baseUrl: string;
  user: string;
  password?: string;
  channels?: string[];
  /** The CometD endpoint: GWS's `/api/v2/notifications` (default), or the team feed's `/team-feed/cometd`. */
  path?: string;
}

/**
 * A real `cometd` client in Node (long-polling through cometd-nodejs-client) that subscribes in its
 * /meta/handshake listener, so a re-handshake re-subscribes, and records every message it receives.
 */
export async function listenToNotifications({ baseUrl, user, password = 'password', channels = ['/v2/me/*'], path = notificationsPath }: ListenOptions): Promise<NotificationListener> {
  const cometd = new CometD();
  cometd.unregisterTransport('websocket');
  cometd.configure({
    url: `${baseUrl}${path}`,
    requestHeaders: { Authorization: basicAuthorization(user, password) },
    logLevel: 'warn',
    backoffIncrement: 100,
    maxBackoff: 500,
  });
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  let handshakes = 0;
  const wake = () => waiters.forEach((w) => w());
  let subscribed: (() => void) | undefined;
  const firstSubscription = new Promise<void>((resolve) => (subscribed = resolve));

  cometd.addListener('/meta/handshake', (reply: Message) => {
    if (!reply.successful) return;
    handshakes += 1;
    let pending = channels.length;
    cometd.batch(() => {
      for (const channel of channels) {
        cometd.subscribe(
          channel,
          (message: Message) => {
            received.push({ channel: message.channel, data: message.data });
            wake();
          },
          (ack: Message) => {
            if (ack.successful && --pending === 0) {
              subscribed?.();
              wake();
            }
          },
        );
      }
    });
  });

  const waitUntil = (done: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${user}); received: ${JSON.stringify(received).slice(0, 1500)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });

  const waitForMessage = async (test: MessageTest, timeoutMs = 5_000, what = 'a notification'): Promise<Received> => {
    let found: Received | undefined;
    await waitUntil(() => (found = received.find(test)) !== undefined, timeoutMs, what);
    if (!found) throw new Error('unreachable');
    return found;
  };

  cometd.handshake();
  await Promise.race([
    firstSubscription,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${user}: no subscription within 5 s`)), 5_000)),
  ]);

  return {
    user,
    received,
    get handshakes() {
      return handshakes;
    },
    waitFor: waitForMessage,
    async expectNoneBefore(unwanted, marker) {
      await waitForMessage(marker, 5_000, 'the marker');
      const found = received.find(unwanted);
      if (found) throw new Error(`${user} received an unexpected message: ${JSON.stringify(found).slice(0, 500)}`);
    },
    waitForHandshakes(count, timeoutMs = 5_000) {
      return waitUntil(() => handshakes >= count, timeoutMs, `${count} handshakes`);
    },
    disconnect() {
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2_000);
        cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/**
 * Publishes a marker through `/sim/publish` to `user`'s sessions subscribed to `channel` (call it
 * once whatever must not reach them has been published), and returns the test that recognises it.
 * With `teamFeed`, to `user`'s team feed sessions instead of their GWS ones.
 */
export async function publishMarker(baseUrl: string, user: string, channel = '/v2/me/twitter', { teamFeed = false } = {}): Promise<MessageTest> {
  const data = markerData();
  await simControl(baseUrl, '/sim/publish', { user, channel, data, teamFeed });
  return (message) => message.channel === channel && isMarker(data, message.data);
}
