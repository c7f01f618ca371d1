import type { Unsubscribe } from '../listenerSet';
import { heartbeat, notificationWorkerProtocol, readWorkerMessage, type DeliveredNotification, type TabMessage, type WorkerMessage } from './workerProtocol';

/** The worker's messages addressed to one client. */
export type ClientMessage = Extract<WorkerMessage, { clientId: number }>;

/** One tab-side client, as the link delivers to it. */
export interface LinkedClient {
  onMessage(message: ClientMessage): void;
  onNotification(item: DeliveredNotification): void;
  /** The worker forgot this tab's clients (it was silent too long, or came back from the back/forward cache). */
  onDropped(): void;
}

/** A SharedWorker's port, or a dedicated Worker. */
export interface WorkerPort {
  postMessage(message: TabMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close?: () => void;
}

/** The page's lifecycle events (`window`). */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'pageshow', listener: (event: Event) => void): void;
}

/** A tab's line to the notification worker, shared by the tab's clients. */
export interface WorkerLink {
  readonly kind: 'shared' | 'dedicated';
  /** Resolves when the worker said it is ready and speaks our protocol. */
  readonly ready: Promise<void>;
  nextClientId(): number;
  post(message: TabMessage): void;
  register(clientId: number, client: LinkedClient): Unsubscribe;
  /** Messages from the worker that did not fit the protocol (ignored). */
  invalidMessages(): number;
}

/**
 * `reopen`: starts the worker again (a new port). The worker pings every tab that has clients; when
 * nothing at all has come from it for `heartbeat.silentTabMs` while clients are open, it is taken
 * for dead (a crashed SharedWorker gives its tabs no event) and the clients open again on a new one,
 * re-reading their lists as after a re-handshake.
 */
export function createWorkerLink(firstPort: WorkerPort, kind: WorkerLink['kind'], page?: PageEvents, reopen?: () => WorkerPort): WorkerLink {
  let port = firstPort;
  let lastHeardAt = Date.now();
  const clients = new Map<number, LinkedClient>();
  let lastClientId = 0;
  let invalid = 0;
  let markReady: () => void = () => undefined;
  let refuse: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    refuse = reject;
  });

  const dropAll = () => {
    for (const client of [...clients.values()]) client.onDropped();
  };

  const onMessage = (event: MessageEvent) => {
    lastHeardAt = Date.now();
    const read = readWorkerMessage(event.data);
    if (!read.ok) {
      invalid += 1;
      if (invalid === 1) console.error('[gws] the notification worker sent a message this page cannot read:', read.reason);
      return;
    }
    const message = read.message;
    switch (message.type) {
      case 'ready':
        if (message.protocol === notificationWorkerProtocol) markReady();
        else refuse(new Error(`the notification worker speaks protocol ${message.protocol}, this page ${notificationWorkerProtocol}`));
        return;
      case 'ping':
        port.postMessage({ type: 'pong' });
        return;
      case 'dropped':
        dropAll();
        return;
      case 'notifications':
        for (const item of message.items) clients.get(item.clientId)?.onNotification(item);
        return;
      case 'state':
      case 'connect-result':
      case 'reestablished':
        clients.get(message.clientId)?.onMessage(message);
    }
  };
  port.addEventListener('message', onMessage);

  if (reopen) {
    setInterval(() => {
      if (clients.size === 0) lastHeardAt = Date.now();
      else if (Date.now() - lastHeardAt > heartbeat.silentTabMs) {
        console.warn(`[gws] the notification worker has been silent for ${Math.round((Date.now() - lastHeardAt) / 1000)} s: starting it again`);
        port.close?.();
        port = reopen();
        port.addEventListener('message', onMessage);
        lastHeardAt = Date.now();
        dropAll();
      }
    }, heartbeat.pingEveryMs);
  }
  // The worker cannot see a tab close: say goodbye. A page back from the back/forward cache said
  // goodbye when it left, so its clients open again.
  page?.addEventListener('pagehide', () => port.postMessage({ type: 'goodbye' }));
  page?.addEventListener('pageshow', (event) => {
    if (!('persisted' in event) || event.persisted !== true) return;
    lastHeardAt = Date.now();
    dropAll();
  });

  return {
    kind,
    ready,
    nextClientId: () => ++lastClientId,
    post: (message) => port.postMessage(message),
    register(clientId, client) {
      clients.set(clientId, client);
      return () => {
        if (clients.get(clientId) === client) clients.delete(clientId);
      };
    },
    invalidMessages: () => invalid,
  };
}
