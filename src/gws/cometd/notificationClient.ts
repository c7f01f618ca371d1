/**
 * GWS notifications over CometD (Bayeux long-polling), typed.
 *
 *   const client = createNotificationClient({ url, authorization, channels: ['/v2/me/*'] });
 *   client.onNotification((notification, raw, channel) => …);   // every `data`, via parseNotification
 *   client.onStateChange((state) => …);                          // ConnectionState
 *   client.onReestablished(() => …);   // a later handshake, subscriptions confirmed: re-read state over REST
 *   await client.connect();            // first handshake done and every subscription confirmed
 *   const outcome = await client.waitForReference(ack.referenceId, 10_000);
 *   await client.disconnect();
 *
 * - `url`: absolute URL of <base>/api/v2/notifications (browser: `new URL(path, location.href)`).
 * - The channels are subscribed after EVERY successful handshake: a server forgets subscriptions
 *   when the client has to handshake again (server restart, session expiry, another node).
 *   Channels a configured wildcard already matches are not subscribed twice.
 * - `connect()` rejects with a GwsError (kind 'unauthorized' for HTTP 401 or a denied handshake,
 *   'network' when unreachable…) when the first handshake or a first subscription fails, and then
 *   stops retrying (`disconnect()` meanwhile rejects it with a plain Error). Later failures only
 *   show as `{status:'reconnecting', attempt}`; the library retries with a backoff growing by
 *   `backoffIncrementMs` (500) up to `maxBackoffMs` (5000). A server that refuses the
 *   subscriptions after a re-handshake stops the client: state 'disconnected', connect() again.
 * - `waitForReference(id, ms)` resolves with the first notification whose referenceId matches, even
 *   one that arrived before the call (kept `referenceBufferMs`, at most `referenceBufferSize` of
 *   them); rejects with GwsError kind 'timeout'.
 * - Every `on…` returns an unsubscribe function; a listener that throws is logged and ignored.
 * - In plain Node call `adapt()` from `cometd-nodejs-client` once before connect(); never in src/.
 */
import type { LogLevel } from 'cometd';
import { parseNotification, type GwsNotification } from '../schemas';
import { parseTeamFeedMessage } from '../teamFeed/teamFeedSchemas';
import { createBayeuxConnection, type BayeuxConnection } from './bayeuxConnection';
import { withoutCoveredChannels } from './channelPatterns';
import { bayeuxFailureError, readDataMessage, readMetaReply, referenceIdIn } from './bayeuxMessages';
import type { ConnectionState } from './connectionState';
import { createClientEvents } from './clientEvents';
import type { Unsubscribe } from './listenerSet';
import { createSubscriptionRound, type SubscriptionRound } from './subscriptionRound';
import { createDeferred, type Deferred } from './deferred';

export interface NotificationClientOptions {
  url: string | URL;
  /** The `Authorization` header value, e.g. `GwsHttpClient.authorization`. */
  authorization: string;
  /**
   * The CSRF header to send along, read before every request (e.g. `GwsHttpClient.csrfHeader`).
   * [code] Genesys's own iOS sample sends it on CometD requests; harmless where GWS does not check it.
   */
  csrfHeader?: () => { name: string; value: string } | undefined;
  /** e.g. `['/v2/me/*']` or `['/v2/me/twitter', '/v2/me/channels']`. */
  channels: readonly string[];
  maxBackoffMs?: number;
  backoffIncrementMs?: number;
  /** The least time between a long-poll's answer and the next long-poll, 15 ms by default (bayeuxConnection.ts). */
  minConnectIntervalMs?: number;
  referenceBufferMs?: number;
  referenceBufferSize?: number;
  logLevel?: LogLevel;
  /**
   * How each message's `data` is read: 'gws' (parseNotification, the default) or 'team-feed'
   * (parseTeamFeedMessage). A name, not a function, so that the options can be posted to a worker.
   */
  messages?: NotificationMessages;
}

export type NotificationMessages = 'gws' | 'team-feed';

/**
 * `raw` is the message's `data` as it came. A client running in a worker (`./worker`) passes it only
 * with `unrecognised` notifications (what the ignored-notification log quotes), `undefined` otherwise.
 */
export type NotificationListener = (notification: GwsNotification, raw: unknown, channel: string) => void;

/** Plain functions, not methods using `this`: they may be passed on alone (to useSyncExternalStore…). */
export interface NotificationClient {
  connect: () => Promise<void>;
  disconnect: () => Promise<void>;
  getState: () => ConnectionState;
  onNotification: (listener: NotificationListener) => Unsubscribe;
  onStateChange: (listener: (state: ConnectionState) => void) => Unsubscribe;
  onReestablished: (listener: () => void) => Unsubscribe;
  /** Rejects with GwsError kind 'timeout', or with the signal's reason when `signal` aborts first. */
  waitForReference: (referenceId: number, timeoutMs: number, signal?: AbortSignal) => Promise<GwsNotification>;
}

export function createNotificationClient(options: NotificationClientOptions): NotificationClient {
  const channels = withoutCoveredChannels(options.channels);
  const parse = options.messages === 'team-feed' ? parseTeamFeedMessage : parseNotification;
  const events = createClientEvents(options);
  const { setState } = events;
  let connection: BayeuxConnection | undefined;
  /** Between the handshake started by connect() and disconnect() or giving up. */
  let active = false;
  /** connect() is waiting for the first handshake and its subscriptions. */
  let pendingConnect: Deferred | undefined;
  let round: SubscriptionRound | undefined;
  let failures = 0;
  let disconnecting: Promise<void> = Promise.resolve();

  function noteFailure(): void {
    failures += 1;
    setState({ status: 'reconnecting', attempt: failures });
  }

  /** In a microtask, so that a library deciding by itself to stop (inside a listener) goes first. */
  function disconnectLibrary(): void {
    const current = connection;
    if (!current) return;
    disconnecting = disconnecting.then(() => (current.isDisconnected() ? undefined : current.disconnect()));
  }

  function halt(): void {
    active = false;
    round?.abandon();
    round = undefined;
    setState({ status: 'disconnected' });
    disconnectLibrary();
  }

  /** Gives up: connect() (if waiting) rejects with `error`. */
  function stop(error: Error): void {
    if (!active) return;
    const waiting = pendingConnect;
    pendingConnect = undefined;
    halt();
    if (waiting) waiting.reject(error);
    else console.warn('[gws] notifications stopped:', error.message);
  }

  function onMessage(message: unknown): void {
    const dataMessage = readDataMessage(message);
    if (!dataMessage) return;
    const notification = parse(dataMessage.data);
    events.notify(notification, dataMessage.data, dataMessage.channel, referenceIdIn(notification, dataMessage.data));
  }

  function onHandshakeSucceeded(): void {
    round?.abandon();
    round = createSubscriptionRound(channels, {
      subscribe: (toSubscribe, onReply) => connection?.subscribe(toSubscribe, onMessage, onReply),
      onComplete() {
        failures = 0;
        setState({ status: 'connected' });
        const waiting = pendingConnect;
        pendingConnect = undefined;
        if (waiting) waiting.resolve();
        else events.reestablished();
      },
      onRefused: (channel, reply) => stop(bayeuxFailureError(`subscription to ${channel}`, reply)),
      onLost(channel, reply) {
        if (pendingConnect) stop(bayeuxFailureError(`subscription to ${channel}`, reply));
        else noteFailure();
      },
    });
    round.start();
  }

  function onMetaReply(message: unknown): void {
    if (!active) return;
    const reply = readMetaReply(message);
    if (reply.channel === '/meta/handshake') {
      if (reply.successful) onHandshakeSucceeded();
      else if (pendingConnect) stop(bayeuxFailureError('handshake', reply));
      else noteFailure();
    } else if (reply.channel === '/meta/connect') {
      if (!reply.successful) noteFailure();
      else if (round?.complete) {
        failures = 0;
        setState({ status: 'connected' });
      } else round?.retryMissing();
    } else if (reply.channel === '/meta/disconnect') {
      stop(new Error('GWS ended the notification session'));
    }
  }

  function startHandshake(): void {
    connection ??= createBayeuxConnection(
      {
        url: String(options.url),
        authorization: options.authorization,
        extraHeaders() {
          const csrf = options.csrfHeader?.();
          return csrf ? { [csrf.name]: csrf.value } : {};
        },
        maxBackoffMs: options.maxBackoffMs ?? 5_000,
        backoffIncrementMs: options.backoffIncrementMs ?? 500,
        minConnectIntervalMs: options.minConnectIntervalMs ?? 15,
        logLevel: options.logLevel ?? 'warn',
      },
      {
        onMetaReply,
        mayRetry: () => active,
        onGaveUp: () => stop(new Error('GWS notifications: the server advised not to reconnect')),
      },
    );
    active = true;
    failures = 0;
    connection.handshake();
  }

  return {
    connect() {
      if (pendingConnect) return pendingConnect.promise;
      if (active) return Promise.resolve();
      const deferred = createDeferred();
      pendingConnect = deferred;
      setState({ status: 'connecting' });
      void disconnecting.then(() => {
        if (pendingConnect !== deferred) return; // disconnect() was called meanwhile
        try {
          startHandshake();
        } catch (error) {
          pendingConnect = undefined;
          halt();
          const reason = error instanceof Error ? error.message : String(error);
          deferred.reject(new Error(`Cannot start GWS notifications: ${reason}`, { cause: error }));
        }
      });
      return deferred.promise;
    },
    async disconnect() {
      const waiting = pendingConnect;
      pendingConnect = undefined;
      halt();
      waiting?.reject(new Error('disconnect() was called before the notification connection was established'));
      await disconnecting;
    },
    ...events.listening,
  };
}
