import { GwsError, type GwsErrorKind } from '../../http/gwsError';
import { createClientEvents } from '../clientEvents';
import { createDeferred, type Deferred } from '../deferred';
import type { NotificationClient, NotificationClientOptions } from '../notificationClient';
import type { WorkerLink } from './workerLink';
import type { CsrfHeader, PostedError, SharedClientOptions } from './workerProtocol';

const gwsErrorKinds: readonly string[] = ['status', 'http', 'network', 'timeout', 'csrf', 'unauthorized', 'invalid-response'] satisfies GwsErrorKind[];
const isGwsErrorKind = (kind: string | undefined): kind is GwsErrorKind => kind !== undefined && gwsErrorKinds.includes(kind);

/** The worker's error as the in-page client would have thrown it: a GwsError keeps its kind. */
function errorFrom(posted: PostedError): Error {
  const { kind, message, statusCode, httpStatus } = posted;
  return isGwsErrorKind(kind) ? new GwsError({ kind, message, statusCode, httpStatus }) : new Error(message);
}

function sharedOptionsOf(options: NotificationClientOptions): SharedClientOptions {
  return {
    url: String(options.url),
    authorization: options.authorization,
    channels: [...options.channels],
    messages: options.messages ?? 'gws',
    ...(options.maxBackoffMs === undefined ? {} : { maxBackoffMs: options.maxBackoffMs }),
    ...(options.backoffIncrementMs === undefined ? {} : { backoffIncrementMs: options.backoffIncrementMs }),
  };
}

/**
 * A NotificationClient whose connection lives in the notification worker, shared with every tab
 * that opens the same one: the same calls, states and events as `createNotificationClient`, so the
 * session, the feed and the compose flows cannot tell which they have. `disconnect()` lets go of
 * the shared connection (which closes with its last client); `raw` comes only with `unrecognised`
 * notifications.
 */
export function createRemoteNotificationClient(link: WorkerLink, options: NotificationClientOptions): NotificationClient {
  const clientId = link.nextClientId();
  const shared = sharedOptionsOf(options);
  const events = createClientEvents(options);
  const { setState } = events;
  const requests = new Map<number, Deferred>();
  let lastRequestId = 0;
  let pendingConnect: Promise<void> | undefined;
  /** Between the first connect() and disconnect(): the worker's connection is this client's too. */
  let wanted = false;
  let unregister: (() => void) | undefined;
  let sentCsrf: CsrfHeader | undefined;

  /** Tells the worker of a new CSRF token (the tab's HTTP client captures it from any answer). */
  function sendCsrf(): void {
    const csrf = options.csrfHeader?.();
    if (!csrf || (csrf.name === sentCsrf?.name && csrf.value === sentCsrf.value)) return;
    sentCsrf = csrf;
    link.post({ type: 'csrf', clientId, csrf });
  }

  function open(): void {
    unregister ??= link.register(clientId, {
      onMessage(message) {
        sendCsrf();
        if (message.type === 'state') setState(message.state);
        else if (message.type === 'reestablished') events.reestablished();
        else if (message.type === 'connect-result') {
          const request = requests.get(message.requestId);
          requests.delete(message.requestId);
          if (message.error) request?.reject(errorFrom(message.error));
          else request?.resolve();
        }
      },
      onNotification: ({ notification, referenceId, raw, channel }) => events.notify(notification, raw, channel, referenceId),
      onDropped() {
        // Notifications may have been lost meanwhile: open again, and re-read like after a re-handshake.
        link.post({ type: 'open', clientId, options: shared, ...(sentCsrf ? { csrf: sentCsrf } : {}) });
        if (wanted) void requestConnect().then(events.reestablished, () => undefined);
      },
    });
    sentCsrf = options.csrfHeader?.();
    link.post({ type: 'open', clientId, options: shared, ...(sentCsrf ? { csrf: sentCsrf } : {}) });
  }

  function requestConnect(): Promise<void> {
    const requestId = ++lastRequestId;
    const request = createDeferred();
    requests.set(requestId, request);
    link.post({ type: 'connect', clientId, requestId });
    return request.promise;
  }

  return {
    connect() {
      if (pendingConnect) return pendingConnect;
      if (!unregister) open();
      sendCsrf();
      wanted = true;
      const current = requestConnect().finally(() => {
        if (pendingConnect === current) pendingConnect = undefined;
      });
      pendingConnect = current;
      return current;
    },
    disconnect() {
      wanted = false;
      pendingConnect = undefined;
      for (const request of requests.values()) {
        request.reject(new Error('disconnect() was called before the notification connection was established'));
      }
      requests.clear();
      if (unregister) link.post({ type: 'close', clientId });
      unregister?.();
      unregister = undefined;
      setState({ status: 'disconnected' });
      return Promise.resolve();
    },
    ...events.listening,
  };
}
