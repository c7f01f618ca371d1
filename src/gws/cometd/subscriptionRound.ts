import { readMetaReply, type MetaReply } from './bayeuxMessages';

export interface SubscriptionRoundHandlers {
  /** Sends subscribe messages; each channel's reply must come back through the callback. */
  subscribe(channels: readonly string[], onReply: (channel: string, reply: unknown) => void): void;
  /** Every channel is confirmed. */
  onComplete(): void;
  /** The server refused a subscription. */
  onRefused(channel: string, reply: MetaReply): void;
  /** A subscribe got no answer, or `402::session_unknown`; `retryMissing()` sends it again later. */
  onLost(channel: string, reply: MetaReply): void;
}

/**
 * The subscriptions made after one successful handshake. Replies that arrive after `abandon()`
 * (a newer handshake took over, or the client stopped) are ignored.
 */
export interface SubscriptionRound {
  start(): void;
  readonly complete: boolean;
  /** Subscribes again to channels whose subscribe message was lost and is not in flight. */
  retryMissing(): void;
  abandon(): void;
}

export function createSubscriptionRound(channels: readonly string[], handlers: SubscriptionRoundHandlers): SubscriptionRound {
  const confirmed = new Set<string>();
  const inFlight = new Set<string>();
  let abandoned = false;

  function send(toSubscribe: readonly string[]): void {
    if (toSubscribe.length === 0) return;
    for (const channel of toSubscribe) inFlight.add(channel);
    handlers.subscribe(toSubscribe, (channel, message) => {
      if (abandoned) return;
      inFlight.delete(channel);
      const reply = readMetaReply(message);
      if (reply.successful) {
        if (confirmed.has(channel)) return;
        confirmed.add(channel);
        if (confirmed.size === channels.length) handlers.onComplete();
      } else if (reply.failure || reply.error?.startsWith('402::')) {
        // No answer, or the session vanished meanwhile (the library will handshake again).
        handlers.onLost(channel, reply);
      } else {
        handlers.onRefused(channel, reply);
      }
    });
  }

  return {
    start() {
      if (channels.length === 0) handlers.onComplete();
      else send(channels);
    },
    get complete() {
      return confirmed.size === channels.length;
    },
    retryMissing() {
      if (!abandoned) send(channels.filter((channel) => !confirmed.has(channel) && !inFlight.has(channel)));
    },
    abandon() {
      abandoned = true;
    },
  };
}
