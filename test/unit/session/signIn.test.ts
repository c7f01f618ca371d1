import { describe, expect, it, vi } from 'vitest';
import { endSession, signIn, type SignInDeps } from '../../../src/features/session/signIn';
import { screenNamesOf, twitterAccountsOf } from '../../../src/features/session/twitterAccounts';
import type { NotificationClient, NotificationClientOptions } from '../../../src/gws/cometd';
import { GwsError, type GwsHttpClient, type GwsHttpClientConfig } from '../../../src/gws/http';
import type { MeResponse } from '../../../src/gws/schemas';
import { testConfig } from '../../support/testConfig';

const config = testConfig({ twitterAccounts: ['from_config'] });

/** As GWS answers GET /api/v2/me?subresources=*: settings are sections of string options, inside `user`. */
const me: MeResponse = {
  statusCode: 0,
  user: {
    id: 'u1',
    userName: 'agent1',
    firstName: 'Alice',
    roles: ['ROLE_AGENT'],
    settings: { 'interaction-workspace': { 'twitter.from-accounts': 'gc_support, @gc_sales', 'twitter.auto-answer': 'false' }, htcc: { roles: 'Agent' } },
  },
};

/** Fake clients recording the order of what sign-in does. */
function fakeDeps(overrides: { startFails?: Error; connectFails?: Error; me?: MeResponse } = {}) {
  const calls: string[] = [];
  const listeners = { added: 0 };
  const listen = () => {
    listeners.added += 1;
    return () => void calls.push('stop listening');
  };
  const httpConfigs: GwsHttpClientConfig[] = [];
  const notificationOptions: NotificationClientOptions[] = [];
  const http = {
    authorization: 'Basic xyz',
    csrfHeader: () => ({ name: 'X-CSRF-TOKEN', value: 'token-1' }),
    getMe: vi.fn(() => {
      calls.push('getMe');
      return Promise.resolve(overrides.me ?? me);
    }),
    startContactCenterSession: vi.fn((channels: readonly string[]) => {
      calls.push(`start ${channels.join(',')}`);
      return overrides.startFails ? Promise.reject(overrides.startFails) : Promise.resolve({ statusCode: 0 as const, referenceId: 1 });
    }),
    endContactCenterSession: vi.fn(() => {
      calls.push('end');
      return Promise.resolve({ statusCode: 0 as const, referenceId: 2 });
    }),
  };
  const notifications = {
    connect: vi.fn(() => {
      calls.push('connect');
      return overrides.connectFails ? Promise.reject(overrides.connectFails) : Promise.resolve();
    }),
    disconnect: vi.fn(() => {
      calls.push('disconnect');
      return Promise.resolve();
    }),
    onNotification: vi.fn(listen),
    onReestablished: vi.fn(listen),
    onStateChange: vi.fn(listen),
    getState: () => ({ status: 'connected' as const }),
  };
  const deps: SignInDeps = {
    createHttpClient: (httpConfig) => {
      httpConfigs.push(httpConfig);
      return http as unknown as GwsHttpClient;
    },
    loadNotificationClient: () =>
      Promise.resolve((options: NotificationClientOptions) => {
        notificationOptions.push(options);
        return notifications as unknown as NotificationClient;
      }),
    pageUrl: 'https://console.example/agent/',
  };
  return {
    deps,
    calls,
    http,
    notifications,
    httpConfigs,
    notificationOptions,
    /** Every listener added to the notification client removed, then the disconnect. */
    get stoppedThenDisconnected() {
      return [...Array.from({ length: listeners.added }, () => 'stop listening'), 'disconnect'];
    },
  };
}

describe('signIn', () => {
  it('GET /me, then CometD (tweets + channels), then StartContactCenterSession for twitter', async () => {
    const fake = fakeDeps();
    const { session } = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);

    expect(fake.calls).toEqual(['getMe', 'connect', 'start twitter']);
    expect(fake.httpConfigs).toEqual([{ baseUrl: '', username: 'agent1', password: 'pw', onTweetList: session.tweetLists.publish }]);
    expect(String(fake.notificationOptions[0]?.url)).toBe('https://console.example/api/v2/notifications');
    expect(fake.notificationOptions[0]).toMatchObject({ authorization: 'Basic xyz', channels: ['/v2/me/twitter', '/v2/me/channels'] });
    expect(session).toMatchObject({
      user: { userName: 'agent1' },
      twitterAccounts: [{ screenName: 'gc_support' }, { screenName: 'gc_sales' }],
      isSupervisor: false,
    });
  });

  it('a refused Start disconnects CometD and stops listening before failing', async () => {
    const failure = new GwsError({ kind: 'status', statusCode: 4, message: 'down' });
    const fake = fakeDeps({ startFails: failure });

    await expect(signIn(config, { username: 'agent1', password: 'pw' }, fake.deps)).rejects.toBe(failure);
    expect(fake.calls).toEqual(['getMe', 'connect', 'start twitter', ...fake.stoppedThenDisconnected]);
  });

  it('a failed /me stops before anything else', async () => {
    const fake = fakeDeps();
    fake.http.getMe.mockRejectedValueOnce(new GwsError({ kind: 'unauthorized', message: '401' }));

    await expect(signIn(config, { username: 'agent1', password: 'bad' }, fake.deps)).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(fake.calls).toEqual([]);
    expect(fake.notificationOptions).toEqual([]);
  });

  it('a supervisor is recognised by the configured role (ROLE_SUPERVISOR by default)', async () => {
    const supervisorMe: MeResponse = { statusCode: 0, user: { id: 's', userName: 'supervisor', roles: ['ROLE_SUPERVISOR'] } };
    expect((await signIn(config, { username: 'supervisor', password: 'pw' }, fakeDeps({ me: supervisorMe }).deps)).session.isSupervisor).toBe(true);
    const teamLeadMe: MeResponse = { statusCode: 0, user: { id: 't', userName: 'lead', roles: ['ROLE_AGENT', 'ROLE_TEAM_LEAD'] } };
    const teamLead = testConfig({ supervisorRole: 'ROLE_TEAM_LEAD' });
    expect((await signIn(teamLead, { username: 'lead', password: 'pw' }, fakeDeps({ me: teamLeadMe }).deps)).session.isSupervisor).toBe(true);
    expect((await signIn(config, { username: 'lead', password: 'pw' }, fakeDeps({ me: teamLeadMe }).deps)).session.isSupervisor).toBe(false);
  });

  it('starts the contact-center session on the configured media channel, and sends the CSRF header on CometD', async () => {
    const fake = fakeDeps();
    await signIn(testConfig({ mediaChannel: 'social-twitter' }), { username: 'agent1', password: 'pw' }, fake.deps);
    expect(fake.calls).toEqual(['getMe', 'connect', 'start social-twitter']);
    expect(fake.notificationOptions[0]?.csrfHeader?.()).toEqual({ name: 'X-CSRF-TOKEN', value: 'token-1' });
  });
});

describe('twitterAccountsOf', () => {
  it("GWS's user.settings option first (a comma list), else config.json's names, else none — and says which", () => {
    expect(twitterAccountsOf(me.user, config)).toEqual({ accounts: [{ screenName: 'gc_support' }, { screenName: 'gc_sales' }], source: 'gws-settings' });
    expect(twitterAccountsOf({ settings: undefined }, config)).toEqual({ accounts: [{ screenName: 'from_config' }], source: 'config' });
    expect(twitterAccountsOf({ settings: { 'interaction-workspace': { 'twitter.from-accounts': ' , ' } } }, testConfig())).toEqual({ accounts: [], source: 'none' });
    expect(twitterAccountsOf({ settings: 'not sections' }, testConfig())).toEqual({ accounts: [], source: 'none' });
  });

  it('reads the section and option config.json names', () => {
    const custom = testConfig({ twitterAccountsSetting: { section: 'social', key: 'twitter.accounts' } });
    expect(twitterAccountsOf({ settings: { social: { 'twitter.accounts': 'acme_care' } } }, custom).accounts).toEqual([{ screenName: 'acme_care' }]);
    expect(screenNamesOf('@a, b,,a ')).toEqual(['a', 'b']);
  });
});

describe('endSession', () => {
  it('Sign out: EndContactCenterSession, then disconnect', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.calls.length = 0;

    await endSession(signedIn, 'sign-out');
    expect(fake.calls).toEqual(['end', ...fake.stoppedThenDisconnected]);
  });

  it('Sign out still disconnects when GWS cannot be told', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.http.endContactCenterSession.mockRejectedValueOnce(new GwsError({ kind: 'network', message: 'offline' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.calls.length = 0;

    await endSession(signedIn, 'sign-out');
    expect(fake.calls).toEqual(fake.stoppedThenDisconnected);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('an expired session is only disconnected (GWS cannot be told any more)', async () => {
    const fake = fakeDeps();
    const signedIn = await signIn(config, { username: 'agent1', password: 'pw' }, fake.deps);
    fake.calls.length = 0;

    await endSession(signedIn, 'disconnect');
    expect(fake.calls).toEqual(fake.stoppedThenDisconnected);
  });
});
