import { describe, expect, it } from 'vitest';
import type { ConnectionState, NotificationClient, NotificationClientOptions, NotificationListener } from '../../../../src/gws/cometd';
import { createConnectionRegistry } from '../../../../src/gws/cometd/worker/connectionRegistry';
import type { SharedClientOptions, WorkerMessage } from '../../../../src/gws/cometd/worker/workerProtocol';
import { GwsError } from '../../../../src/gws/http';

/** A NotificationClient the test drives by hand: what the registry makes of its events. */
function fakeClient(options: NotificationClientOptions) {
  const notificationListeners = new Set<NotificationListener>();
  let connectResult: Promise<void> = Promise.resolve();
  const client: NotificationClient & { options: NotificationClientOptions; disconnects: number; emit: NotificationListener; failConnect(error: Error): void } = {
    options,
    disconnects: 0,
    connect: () => connectResult,
    disconnect: () => {
      client.disconnects += 1;
      return Promise.resolve();
    },
    getState: (): ConnectionState => ({ status: 'connected' }),
    onNotification: (listener) => {
      notificationListeners.add(listener);
      return () => notificationListeners.delete(listener);
    },
    onStateChange: () => () => undefined,
    onReestablished: () => () => undefined,
    waitForReference: () => Promise.reject(new Error('not used')),
    emit: (...args) => notificationListeners.forEach((listener) => listener(...args)),
    failConnect: (error) => {
      connectResult = Promise.reject(error);
    },
  };
  return client;
}

const options = (channels: string[], authorization = 'Basic YWdlbnQxOnBhc3N3b3Jk'): SharedClientOptions => ({ url: 'https://gws.example/api/v2/notifications', authorization, channels, messages: 'gws' });

function registryHarness() {
  const clients: ReturnType<typeof fakeClient>[] = [];
  const registry = createConnectionRegistry({
    createClient: (clientOptions) => {
      const client = fakeClient(clientOptions);
      clients.push(client);
      return client;
    },
    outbox: { windowMs: 0, setTimer: (run) => (run(), 0), clearTimer: () => undefined },
  });
  const tab = () => {
    const posted: WorkerMessage[] = [];
    return { posted, attached: registry.attach((message) => posted.push(message)) };
  };
  return { registry, clients, tab };
}

describe('createConnectionRegistry', () => {
  it('shares one client between tabs asking for the same connection (channel order aside), and not between users', () => {
    const { registry, clients, tab } = registryHarness();
    tab().attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/twitter', '/v2/me/channels']) });
    tab().attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/channels', '/v2/me/twitter']) });
    expect(registry.connectionCount()).toBe(1);
    tab().attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/twitter', '/v2/me/channels'], 'Basic YWdlbnQyOnBhc3N3b3Jk') });
    expect(clients).toHaveLength(2);
  });

  it('each tab gets the notification with its own clientId, the referenceId read in the worker, and raw data only when unrecognised', () => {
    const { clients, tab } = registryHarness();
    const [a, b] = [tab(), tab()];
    a.attached.receive({ type: 'open', clientId: 7, options: options(['/v2/me/*']) });
    b.attached.receive({ type: 'open', clientId: 3, options: options(['/v2/me/*']) });
    const notification = { kind: 'unrecognised', reason: 'no string messageType' } as const;
    clients[0]?.emit(notification, { referenceId: 12, odd: true }, '/v2/me/twitter');
    const delivered = { channel: '/v2/me/twitter', notification, referenceId: 12, raw: { referenceId: 12, odd: true } };
    expect(a.posted.at(-1)).toEqual({ type: 'notifications', items: [{ clientId: 7, ...delivered }] });
    expect(b.posted.at(-1)).toEqual({ type: 'notifications', items: [{ clientId: 3, ...delivered }] });
  });

  it('the connection closes with its last client; a tab detaching closes all of its clients', () => {
    const { registry, clients, tab } = registryHarness();
    const [a, b] = [tab(), tab()];
    a.attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/*']) });
    b.attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/*']) });
    a.attached.receive({ type: 'close', clientId: 1 });
    expect(clients[0]?.disconnects).toBe(0);
    b.attached.detach();
    expect(clients[0]?.disconnects).toBe(1);
    expect(registry.connectionCount()).toBe(0);
  });

  it('the CSRF header sent is the latest any tab told', () => {
    const { clients, tab } = registryHarness();
    const [a, b] = [tab(), tab()];
    a.attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/*']), csrf: { name: 'X-CSRF-TOKEN', value: 'first' } });
    b.attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/*']) });
    expect(clients[0]?.options.csrfHeader?.()).toEqual({ name: 'X-CSRF-TOKEN', value: 'first' });
    b.attached.receive({ type: 'csrf', clientId: 1, csrf: { name: 'X-CSRF-TOKEN', value: 'rotated' } });
    expect(clients[0]?.options.csrfHeader?.()).toEqual({ name: 'X-CSRF-TOKEN', value: 'rotated' });
  });

  it('a failed connect() is posted with the GwsError’s kind and codes', async () => {
    const { clients, tab } = registryHarness();
    const a = tab();
    a.attached.receive({ type: 'open', clientId: 1, options: options(['/v2/me/*']) });
    clients[0]?.failConnect(new GwsError({ kind: 'unauthorized', message: 'Wrong user name or password', httpStatus: 401 }));
    a.attached.receive({ type: 'connect', clientId: 1, requestId: 4 });
    await expect.poll(() => a.posted.at(-1)).toEqual({
      type: 'connect-result',
      clientId: 1,
      requestId: 4,
      error: { message: 'Wrong user name or password', kind: 'unauthorized', httpStatus: 401 },
    });
  });
});
