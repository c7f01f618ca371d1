import { adapt } from 'cometd-nodejs-client';
import { CometD, type Message } from 'cometd';
import { basicAuthorization } from '../../../src/gws/http/basicAuthorization';
import { cometdPath, sequenceOf, teamChannel } from './payload';

// The cometd client needs a `window`; adapt() makes one (global, per process: keep this module
// out of processes that also run Vite or Playwright).
adapt();

export interface CountingClient {
  readonly received: number;
  /** Messages whose referenceId was not the previous one + 1 (lost, duplicated or reordered). */
  readonly outOfOrder: number;
  /** Successful handshakes: more than 1 = the session was lost and re-made (what was published meanwhile is lost). */
  readonly handshakes: number;
  /** Resolves once `count` notifications have arrived in all; false after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<boolean>;
  disconnect(): Promise<void>;
}

export interface CountingClientOptions {
  /** Server base URL (the CometD endpoint is the team feed's, `${url}/team-feed/cometd`). */
  url: string;
  user: string;
  /** Told the running total after each batch of messages (coalesced per event-loop turn). */
  onProgress: (received: number) => void;
}

/**
 * One long-polling cometd client (the `cometd` package, as the app uses) on the team feed's endpoint,
 * subscribed to /team/twitter: how a supervisor's console reads the team.
 */
export async function connectCountingClient({ url, user, onProgress }: CountingClientOptions): Promise<CountingClient> {
  const cometd = new CometD();
  cometd.unregisterTransport('websocket');
  cometd.configure({
    url: `${url}${cometdPath}`,
    requestHeaders: { Authorization: basicAuthorization(user, 'password') },
    logLevel: 'warn',
    maxNetworkDelay: 30_000,
  });
  let received = 0;
  let outOfOrder = 0;
  let handshakes = 0;
  let last: number | undefined;
  let progressScheduled = false;
  const waiters = new Set<() => void>();

  const onMessage = (message: Message) => {
    received += 1;
    const sequence = sequenceOf(message.data);
    if (last !== undefined && sequence !== last + 1) outOfOrder += 1;
    last = sequence;
    if (!progressScheduled) {
      progressScheduled = true;
      setImmediate(() => {
        progressScheduled = false;
        onProgress(received);
        waiters.forEach((check) => check());
      });
    }
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${user}: no subscription to ${teamChannel} within 10 s at ${url}`)), 10_000);
    cometd.addListener('/meta/handshake', (reply: Message) => {
      if (!reply.successful) return;
      handshakes += 1;
      cometd.subscribe(teamChannel, onMessage, (ack: Message) => {
        if (!ack.successful) return;
        clearTimeout(timer);
        resolve();
      });
    });
    cometd.handshake();
  });

  return {
    get received() {
      return received;
    },
    get outOfOrder() {
      return outOfOrder;
    },
    get handshakes() {
      return handshakes;
    },
    waitFor(count, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          if (received < count) return;
          finish(true);
        };
        const timer = setTimeout(() => finish(false), timeoutMs);
        const finish = (reached: boolean) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(reached);
        };
        waiters.add(check);
        check();
      });
    },
    disconnect: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2_000);
        cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
