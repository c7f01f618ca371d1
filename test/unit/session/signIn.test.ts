import { describe, expect, it, vi } from 'vitest';
import type { RuntimeConfig } from '../../../src/app/config/configSchema';
import { endSession, signIn, twitterAccountsOf, type SignInDeps } from '../../../src/features/session/signIn';
import type { NotificationClient, NotificationClientOptions } from '../../../src/gws/cometd';
import { GwsError, type GwsHttpClient, type GwsHttpClientConfig } from '../../../src/gws/http';
import type { MeResponse } from '../../../src/gws/schemas';

const config: RuntimeConfig = {
  gwsBaseUrl: '',
  notificationsPath: '/api/v2/notifications',
  channel: '/v2/me/twitter',
  queues: [{ name: 'Q', path: '/queues/q' }],
  twitterAccounts: ['from_config'],
};

const me: MeResponse = {
  statusCode: 0,
  user: { id: 'u1', userName: 'agent1', firstName: 'Alice', roles: ['ROLE_AGENT'] },
  settings: { twitterAccounts: [{ screenName: 'gc_support' }] },
};

/** Fake clients recording the order of what sign-in does. */
function fakeDeps(overrides: { startFails?: Error; connectFails?: Error; me?: MeResponse } = {}) {
  const calls: string[] = [];
  const httpConfigs: GwsHttpClientConfig[] = [];
  const notificationOptions: NotificationClientOptions[] = [];
  const http = {
    authorization: 'Basic xyz',
    getMe: vi.fn(async () => {
      calls.push('getMe');
      return overrides.me ?? me;
    }),
    startContactCenterSession: vi.fn(async (channels: readonly string[]) => {
      calls.push(`start ${channels.join(',')}`);
      if (overrides.startFails) throw overrides.startFails;
      return { statusCode: 0 as const, referenceId: 1 };
    }),
    endContactCenterSession: vi.fn(async () => {
      calls.push('end');
      return { statusCode: 0 as const, referenceId: 2 };
    }),
  };
  const notifications = {
    connect: vi.fn(async () => {
      calls.push('connect');
      if (overrides.connectFails) throw overrides.connectFails;
    }),
    disconnect: vi.fn(async () => {
      calls.push('disconnect');
    }),
    onNotification: vi.fn(() => () => calls.push('stop listening')),
  };
  const deps: SignInDeps = {
    createHttpClient: (httpConfig) => {
      httpConfigs.push(httpConfig);
      return http as unknown as GwsHttpClient;
    },
    loadNotificationClient: async () => (options) => {
      notificationOptions.push(options);
      return notifications as unknown as NotificationClient;
    },
    pageUrl: 'https://console.example/agent/',
  };
  return { deps, calls, http, notifications, httpConfigs, notificationOptions };
}

describe('signIn', () => {
  it('GET /me, then CometD (tweets + channels), then StartContactCenterSession for twitter', async () => {
    const fake = fakeDeps();
    const { session } = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);

    expect(fake.calls).toEqual(['getMe', 'connect', 'start twitter']);
    expect(fake.httpConfigs).toEqual([{ baseUrl: '', username: 'agent1', password: 'pw' }]);
    expect(String(fake.notificationOptions[0]?.url)).toBe('https://console.example/api/v2/notifications');
    expect(fake.notificationOptions[0]).toMatchObject({ authorization: 'Basic xyz', channels: ['/v2/me/twitter', '/v2/me/channels'] });
    expect(session).toMatchObject({ user: { userName: 'agent1' }, twitterAccounts: [{ screenName: 'gc_support' }], isSupervisor: false });
  });

  it('a refused Start disconnects CometD and stops listening before failing', async () => {
    const failure = new GwsError({ kind: 'status', statusCode: 4, message: 'down' });
    const fake = fakeDeps({ startFails: failure });

    await expect(signIn(config, { username: 'agent1', password: 'pw' }, fake.deps)).rejects.toBe(failure);
    expect(fake.calls).toEqual(['getMe', 'connect', 'start twitter', 'stop listening', 'disconnect']);
  });

  it('a failed /me stops before anything else', async () => {
    const fake = fakeDeps();
    fake.http.getMe.mockRejectedValueOnce(new GwsError({ kind: 'unauthorized', message: '401' }));

    await expect(signIn(config, { username: 'agent1', password: 'bad' }, fake.deps)).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(fake.calls).toEqual([]);
    expect(fake.notificationOptions).toEqual([]);
  });

  it('a supervisor is recognised by role', async () => {
    const fake = fakeDeps({ me: { statusCode: 0, user: { id: 's', userName: 'supervisor', roles: ['ROLE_SUPERVISOR'] } } });
    const { session } = await signIn(config, { username: 'supervisor', password: 'pw' }, fake.deps);
    expect(session.isSupervisor).toBe(true);
  });
});

describe('twitterAccountsOf', () => {
  it("GWS's settings first, else config.json's names, else none", () => {
    expect(twitterAccountsOf(me, config)).toEqual([{ screenName: 'gc_support' }]);
    expect(twitterAccountsOf({ ...me, settings: undefined }, config)).toEqual([{ screenName: 'from_config' }]);
    expect(twitterAccountsOf({ ...me, settings: { twitterAccounts: [] } }, { twitterAccounts: undefined })).toEqual([]);
  });
});

describe('endSession', () => {
  it('Sign out: EndContactCenterSession, then disconnect', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.calls.length = 0;

    await endSession(signedIn, 'sign-out');
    expect(fake.calls).toEqual(['end', 'stop listening', 'disconnect']);
  });

  it('Sign out still disconnects when GWS cannot be told', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.http.endContactCenterSession.mockRejectedValueOnce(new GwsError({ kind: 'network', message: 'offline' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.calls.length = 0;

    await endSession(signedIn, 'sign-out');
    expect(fake.calls).toEqual(['stop listening', 'disconnect']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('an expired session is only disconnected (GWS cannot be told any more)', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.calls.length = 0;

    await endSession(signedIn, 'disconnect');
    expect(fake.calls).toEqual(['stop listening', 'disconnect']);
  });
});
