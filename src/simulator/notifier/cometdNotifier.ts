import { IncomingMessage, type ServerResponse } from 'node:http';
import cometdServer, { type ServerSession } from 'cometd-nodejs-server';
import type { SimUser } from '../users';
import { bayeuxLimits } from './bayeuxLimits';
import { browserCookieName } from './bayeuxValidation';
import { channelMatches } from '../../gws/cometd/channelPatterns';
import { createReplyGuard } from './replyGuard';

export interface NotifierOptions {
  /** The user of a request's Basic credentials (read synchronously during the handshake). */
  authenticate: (request: IncomingMessage) => SimUser | undefined;
  longPollTimeoutMs: number;
  maxIntervalMs: number;
  /** [ours] A session with more undelivered messages than this is dropped (it re-handshakes). */
  maxQueuedPerSession: number;
  onSessionDropped: () => void;
  /** A handshake was accepted: a new CometD session. */
  onHandshake: () => void;
  /** Where the reply guard reports a reply it had to replace. */
  logError: (message: string, error: unknown) => void;
}

export interface Notifier {
  /** Hands one Bayeux request, already checked (bayeuxValidation.ts) and bound to its user, to the CometD server. */
  handle(request: IncomingMessage, response: ServerResponse, messages: unknown[]): void;
  /**
   * Delivers `data` on `channel` to every session whose user `wants` it and that subscribed to
   * `channel` or a wildcard covering it. Returns the number of sessions reached.
   */
  deliver(channel: string, data: unknown, wants: (user: SimUser) => boolean): number;
  sessionCount(): number;
  /** The userName of the user whose handshake made CometD session `clientId`, or undefined for an unknown session. */
  ownerOf(clientId: string): string | undefined;
  /** Drops every session without a /meta/disconnect: clients get 402::session_unknown and re-handshake. */
  dropAllSessions(): number;
  close(): void;
}

interface TrackedSession {
  session: ServerSession;
  user: SimUser;
  queued: number;
}

/** The HTTP request of the message being handled: the library types its `context` as any. */
function currentRequest(context: unknown): IncomingMessage | undefined {
  if (typeof context !== 'object' || context === null || !('request' in context)) return undefined;
  return context.request instanceof IncomingMessage ? context.request : undefined;
}

/** What a dropped session's /meta/disconnect becomes: a message no client listens to. */
const droppedNotice = { channel: '/service/gws-simulator/session-dropped', data: {} };

/**
 * CometD server (long-polling) with per-user delivery.
 *
 * Nothing is broadcast through server channels: every CometD session is tied, at handshake, to
 * the user of its Basic credentials, and each notification is delivered session by session to
 * the sessions of the users it concerns that subscribed to its channel (or `/v2/me/*`,
 * `/v2/me/**`…). Clients may not publish (except to /service/**), so no session can reach another.
 */
export function createCometdNotifier(options: NotifierOptions): Notifier {
  const cometd = cometdServer.createCometDServer({
    maxSessionsPerBrowser: -1,
    browserCookieName,
    timeout: options.longPollTimeoutMs,
    maxInterval: options.maxIntervalMs,
    logLevel: 'info',
  });
  const sessions = new Map<string, TrackedSession>();
  cometd.addExtension(createReplyGuard(options.logError));

  cometd.policy = {
    canHandshake(session, _message, callback) {
      const request = currentRequest(cometd.context);
      const user = request ? options.authenticate(request) : undefined;
      if (!user) {
        callback(undefined, false);
        return;
      }
      const tracked: TrackedSession = { session, user, queued: 0 };
      sessions.set(session.id, tracked);
      session.addListener('queueOffer', () => {
        tracked.queued += 1;
        if (tracked.queued > options.maxQueuedPerSession) dropSession(tracked);
      });
      session.addListener('queueDrain', () => {
        tracked.queued = 0;
      });
      options.onHandshake();
      callback(undefined, true);
    },
    canSubscribe(session, _message, _channel, callback) {
      callback(undefined, session.subscriptions.length < bayeuxLimits.maxSubscriptionsPerSession);
    },
    canPublish(_session, _message, channel, callback) {
      callback(undefined, channel.service);
    },
  };
  cometd.addListener('sessionRemoved', (session: ServerSession) => {
    sessions.delete(session.id);
  });

  function dropSession(tracked: TrackedSession): void {
    if (!sessions.delete(tracked.session.id)) return;
    tracked.session.addExtension({
      outgoing(_sender, _session, message, callback) {
        callback(undefined, message.channel === '/meta/disconnect' ? { ...droppedNotice } : message);
      },
    });
    tracked.session.disconnect();
    options.onSessionDropped();
  }

  function dropAllSessions(): number {
    const all = [...sessions.values()];
    all.forEach(dropSession);
    return all.length;
  }

  return {
    handle(request, response, messages) {
      Object.assign(request, { body: messages });
      cometd.handle(request, response);
    },
    deliver(channel, data, wants) {
      let reached = 0;
      for (const tracked of sessions.values()) {
        if (!wants(tracked.user)) continue;
        if (!tracked.session.subscriptions.some((s) => channelMatches(s.name, channel))) continue;
        tracked.session.deliver(null, channel, data);
        reached += 1;
      }
      return reached;
    },
    sessionCount: () => sessions.size,
    ownerOf: (clientId) => sessions.get(clientId)?.user.userName,
    dropAllSessions,
    close() {
      dropAllSessions();
      cometd.close();
    },
  };
}
