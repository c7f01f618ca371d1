import { CometD, type LogLevel, type Message } from 'cometd';
import { scriptRequestHeader } from '../http/contract';

/** What the library decides after a failed handshake or /meta/connect (untyped in cometd.d.ts). */
interface TransportFailureInfo {
  action: 'handshake' | 'retry' | 'none';
}

declare module 'cometd' {
  interface CometD {
    /** Present at run time, missing from cometd 9's typings: may change `failureInfo.action`. */
    onTransportFailure(
      message: Message,
      failureInfo: TransportFailureInfo,
      failureHandler: (failureInfo: TransportFailureInfo) => void,
    ): void;
  }
}

export interface BayeuxConnectionConfig {
  url: string;
  authorization: string;
  /** Extra request headers, read again before every Bayeux request (e.g. the CSRF header, which may change). */
  extraHeaders(): Readonly<Record<string, string>>;
  maxBackoffMs: number;
  backoffIncrementMs: number;
  /** The least time between a /meta/connect answer and the next /meta/connect (see the extension below). */
  minConnectIntervalMs: number;
  logLevel: LogLevel;
}

export interface BayeuxConnectionEvents {
  /** Every reply (or local failure) on /meta/handshake, /meta/connect and /meta/disconnect. */
  onMetaReply(reply: unknown): void;
  /** Asked after each failed handshake or connect, after onMetaReply: false stops the retries. */
  mayRetry(): boolean;
  /** The library stopped retrying and is disconnected. */
  onGaveUp(): void;
}

/** The part of the `cometd` library we use, typed, with `unknown` for what comes off the wire. */
export interface BayeuxConnection {
  /** Starts a handshake; the library then connects, and re-handshakes by itself when needed. */
  handshake(): void;
  /** Subscribes to each channel (one batch). `onReply` gets each subscribe reply or failure. */
  subscribe(
    channels: readonly string[],
    onMessage: (message: unknown) => void,
    onReply: (channel: string, reply: unknown) => void,
  ): void;
  /** Resolves once the library is disconnected (reply or failure of /meta/disconnect). */
  disconnect(): Promise<void>;
  isDisconnected(): boolean;
}

/**
 * Long-polling only (GWS does not do WebSocket, and the JSONP transport cannot send the
 * Authorization header), with the Authorization header on every request and a short retry backoff.
 * In plain Node, call `adapt()` from `cometd-nodejs-client` before this.
 */
export function createBayeuxConnection(config: BayeuxConnectionConfig, events: BayeuxConnectionEvents): BayeuxConnection {
  const cometd = new CometD();
  cometd.unregisterTransport('websocket');
  cometd.unregisterTransport('callback-polling');
  // The library copies this object's properties on every request: keeping it current is enough.
  const requestHeaders: Record<string, string> = {};
  const refreshHeaders = () => {
    for (const name of Object.keys(requestHeaders)) delete requestHeaders[name];
    Object.assign(requestHeaders, config.extraHeaders(), {
      Authorization: config.authorization,
      [scriptRequestHeader.name]: scriptRequestHeader.value,
    });
  };
  refreshHeaders();
  cometd.registerExtension('gws-request-headers', {
    outgoing(message) {
      refreshHeaders();
      return message;
    },
  });
  // [ours] Bayeux lets a client wait longer than the server's `interval` advice before its next
  // /meta/connect ("a client MAY exceed the interval provided by the server", Bayeux 1.0, advice
  // `interval`). GWS's cometd answers a long-poll as soon as one message is queued and advises 0: under
  // a burst every notification could cost a round trip of its own. Waiting a few ms lets the server
  // queue what comes meanwhile, so one answer carries many (under load the console applies them
  // every other frame anyway).
  cometd.registerExtension('gws-connect-pace', {
    incoming(message) {
      const advice: unknown = message.advice;
      if (typeof advice !== 'object' || advice === null || !('interval' in advice)) return message;
      const { interval } = advice;
      if (typeof interval !== 'number' || interval < 0 || interval >= config.minConnectIntervalMs) return message;
      return { ...message, advice: { ...advice, interval: config.minConnectIntervalMs } };
    },
  });
  cometd.configure({
    url: config.url,
    requestHeaders,
    maxBackoff: config.maxBackoffMs,
    backoffIncrement: config.backoffIncrementMs,
    logLevel: config.logLevel,
    // Its timer Worker, made from a blob: URL, would need `worker-src blob:` (under `'self'` alone it
    // fails without a word), and in a worker there is none to make: plain timers everywhere.
    useWorkerScheduler: false,
  });

  const decideAfterFailure = cometd.onTransportFailure.bind(cometd);
  cometd.onTransportFailure = (message, failureInfo, failureHandler) => {
    decideAfterFailure(message, failureInfo, (decided) => {
      if (decided.action !== 'none' && !events.mayRetry()) decided.action = 'none';
      failureHandler(decided);
      if (decided.action === 'none') events.onGaveUp();
    });
  };

  for (const channel of ['/meta/handshake', '/meta/connect', '/meta/disconnect']) {
    cometd.addListener(channel, (reply: unknown) => events.onMetaReply(reply));
  }

  return {
    handshake: () => cometd.handshake(),
    subscribe(channels, onMessage, onReply) {
      cometd.batch(() => {
        for (const channel of channels) {
          cometd.subscribe(channel, (message: unknown) => onMessage(message), (reply: unknown) => onReply(channel, reply));
        }
      });
    },
    disconnect() {
      if (cometd.isDisconnected()) return Promise.resolve();
      return new Promise((resolve) => cometd.disconnect(() => resolve()));
    },
    isDisconnected: () => cometd.isDisconnected(),
  };
}
