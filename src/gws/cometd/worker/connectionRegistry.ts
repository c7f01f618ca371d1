import type { NotificationClient, NotificationClientOptions } from '../notificationClient';
import { referenceIdIn } from '../bayeuxMessages';
import { isGwsError } from '../../http/gwsError';
import { createTabOutbox, type OutboxTiming, type TabOutbox } from './tabOutbox';
import type { CsrfHeader, PostedError, SharedClientOptions, TabMessage, WorkerMessage } from './workerProtocol';

/** One tab as the worker sees it. */
export interface AttachedTab {
  receive(message: TabMessage): void;
  /** The tab is gone (goodbye, or silent too long): its clients leave their connections. */
  detach(): void;
  /** When the tab last said anything (`now()` of the registry). */
  readonly lastHeardAt: number;
}

export interface ConnectionRegistryOptions {
  createClient(options: NotificationClientOptions): NotificationClient;
  outbox?: OutboxTiming;
  now?: () => number;
}

/**
 * The notification connections of one browser: one per set of options (URL, credentials, channels),
 * shared by every tab client that asks for the same. A connection is opened by its first client and
 * closed with its last, so a tab closing never drops another tab's notifications.
 */
export interface ConnectionRegistry {
  attach(post: (message: WorkerMessage) => void): AttachedTab;
  connectionCount(): number;
}

interface Member {
  outbox: TabOutbox;
  clientId: number;
}

interface SharedConnection {
  key: string;
  client: NotificationClient;
  members: Set<Member>;
  /** The latest CSRF header any of its tabs knows, sent on the connection's requests. */
  csrf: { current: CsrfHeader | undefined };
  stopListening: () => void;
}

/** Same connection ⇔ same key: the channel order does not matter. */
function keyOf(options: SharedClientOptions): string {
  const { url, authorization, messages, maxBackoffMs, backoffIncrementMs } = options;
  return JSON.stringify([url, authorization, [...options.channels].sort(), messages, maxBackoffMs ?? null, backoffIncrementMs ?? null]);
}

/** An error as it can be posted: a GwsError keeps its kind and codes, so the tab can rebuild it. */
export function postedError(error: unknown): PostedError {
  if (!(error instanceof Error)) return { message: String(error) };
  if (!isGwsError(error)) return { message: error.message };
  const { kind, statusCode, httpStatus } = error;
  return { message: error.message, kind, ...(statusCode === undefined ? {} : { statusCode }), ...(httpStatus === undefined ? {} : { httpStatus }) };
}

export function createConnectionRegistry(options: ConnectionRegistryOptions): ConnectionRegistry {
  const connections = new Map<string, SharedConnection>();
  const now = options.now ?? (() => performance.now());

  function open(shared: SharedClientOptions, csrf: CsrfHeader | undefined): SharedConnection {
    const key = keyOf(shared);
    const existing = connections.get(key);
    if (existing) return existing;
    const members = new Set<Member>();
    const csrfHeader = { current: csrf };
    const client = options.createClient({ ...shared, csrfHeader: () => csrfHeader.current });
    const toEach = (message: (member: Member) => WorkerMessage) => {
      for (const member of members) member.outbox.send(message(member));
    };
    const stops = [
      client.onNotification((notification, raw, channel) => {
        const referenceId = referenceIdIn(notification, raw);
        for (const { outbox, clientId } of members) {
          outbox.add({
            clientId,
            channel,
            notification,
            ...(referenceId === undefined ? {} : { referenceId }),
            ...(notification.kind === 'unrecognised' ? { raw } : {}),
          });
        }
      }),
      client.onStateChange((state) => toEach(({ clientId }) => ({ type: 'state', clientId, state }))),
      client.onReestablished(() => toEach(({ clientId }) => ({ type: 'reestablished', clientId }))),
    ];
    const connection: SharedConnection = { key, client, members, csrf: csrfHeader, stopListening: () => stops.forEach((stop) => stop()) };
    connections.set(key, connection);
    return connection;
  }

  function leave(connection: SharedConnection, member: Member): void {
    connection.members.delete(member);
    if (connection.members.size > 0) return;
    connection.stopListening();
    connections.delete(connection.key);
    void connection.client.disconnect().catch((error: unknown) => console.warn('[gws worker] disconnect failed:', error));
  }

  return {
    attach(post) {
      const outbox = createTabOutbox(post, options.outbox);
      const clients = new Map<number, { connection: SharedConnection; member: Member }>();
      let lastHeardAt = now();

      const close = (clientId: number) => {
        const entry = clients.get(clientId);
        if (!entry) return;
        clients.delete(clientId);
        leave(entry.connection, entry.member);
      };

      const tab: AttachedTab = {
        get lastHeardAt() {
          return lastHeardAt;
        },
        receive(message) {
          lastHeardAt = now();
          switch (message.type) {
            case 'open': {
              close(message.clientId);
              const connection = open(message.options, message.csrf);
              if (message.csrf) connection.csrf.current = message.csrf;
              const member: Member = { outbox, clientId: message.clientId };
              connection.members.add(member);
              clients.set(message.clientId, { connection, member });
              outbox.send({ type: 'state', clientId: message.clientId, state: connection.client.getState() });
              return;
            }
            case 'connect': {
              const { clientId, requestId } = message;
              const entry = clients.get(clientId);
              if (!entry) {
                outbox.send({ type: 'connect-result', clientId, requestId, error: { message: 'This notification client is not open in the worker' } });
                return;
              }
              entry.connection.client.connect().then(
                () => outbox.send({ type: 'connect-result', clientId, requestId }),
                (error: unknown) => outbox.send({ type: 'connect-result', clientId, requestId, error: postedError(error) }),
              );
              return;
            }
            case 'close':
              close(message.clientId);
              return;
            case 'csrf': {
              const entry = clients.get(message.clientId);
              if (entry) entry.connection.csrf.current = message.csrf;
              return;
            }
            case 'goodbye':
              tab.detach();
              return;
            case 'pong':
              return;
          }
        },
        detach() {
          for (const clientId of [...clients.keys()]) close(clientId);
          outbox.close();
        },
      };
      return tab;
    },
    connectionCount: () => connections.size,
  };
}
