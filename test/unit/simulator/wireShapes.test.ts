import { describe, expect, it } from 'vitest';
import { defaultTwitterAccountsSetting } from '../../../src/gws/http/contract';
import { meResponseSchema, parseNotification, userSettingOf } from '../../../src/gws/schemas';
import { channelStateNotification, userStates } from '../../../src/simulator/channelStateMessages';
import { twitterError } from '../../../src/simulator/notificationMessages';
import { meBody, wantsSettings } from '../../../src/simulator/userResource';
import { createUserDirectory, defaultUsers } from '../../../src/simulator/users';
import { match } from '../../asymmetricMatchers';

// The simulator's shapes, built by its own builders and read with the app's parsers.

describe('channel-state notifications', () => {
  it('8.5.0: the documented sample shape, no messageType', () => {
    // https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0 (channel "chat" there)
    const documented = { channels: [{ userState: { state: 'Ready', displayName: 'Ready', id: '9430250E-0A1B-421F-B372-F29E69366DED' }, channel: 'chat' }] };
    const ours = channelStateNotification(new Map([['chat', 'Ready']]), '8.5.0');
    expect(ours).toEqual(documented);
    expect(parseNotification(ours)).toEqual({ kind: 'channelState', channels: [{ channel: 'chat', state: 'Ready' }] });
  });

  it('V2: ChannelStateChangeMessageV2 with dndState, the documented ids and display names', () => {
    const ours = channelStateNotification(new Map([['twitter', 'NotReady']]), 'V2');
    expect(ours).toEqual({
      messageType: 'ChannelStateChangeMessageV2',
      channels: [{ channel: 'twitter', dndState: 'Off', userState: { displayName: 'Not Ready', id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', state: 'NotReady' } }],
    });
    expect(parseNotification(ours)).toEqual({ kind: 'channelState', channels: [{ channel: 'twitter', state: 'NotReady' }] });
  });

  it('LoggedOut has a stable id of ours in the same format', () => {
    expect(userStates.LoggedOut).toEqual({ state: 'LoggedOut', displayName: 'Logged Out', id: match.stringMatching(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/) });
  });
});

describe('Error notifications', () => {
  it('carry the referenceId only when there is one', () => {
    expect(twitterError(3, 'No', undefined)).toEqual({ messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId: 3, errorMessage: 'No' });
    const plain = twitterError(undefined, 'No', undefined);
    expect(plain).not.toHaveProperty('referenceId');
    expect(parseNotification(plain)).toEqual({ kind: 'tweetError', referenceId: undefined, errorMessage: 'No', tweet: undefined });
  });
});

describe('GET /api/v2/me body', () => {
  const users = createUserDirectory(defaultUsers);
  const agent1 = users.byName('agent1');
  const supervisor = users.byName('supervisor');
  if (!agent1 || !supervisor) throw new Error('default users missing');
  const { section, key } = defaultTwitterAccountsSetting;

  it('puts the accounts under user.settings, every value a string', () => {
    const body = meResponseSchema.parse(meBody(agent1, 'http://h', true));
    expect(userSettingOf(body.user, section, key)).toBe('gc_support,gc_sales');
    expect(userSettingOf(body.user, 'htcc', 'roles')).toBe('Agent');
    expect(body).not.toHaveProperty('settings');
    const settings = meBody(agent1, 'http://h', true).user.settings ?? {};
    for (const values of Object.values(settings)) for (const value of Object.values(values)) expect(typeof value).toBe('string');
  });

  it('has no settings without subresources; no accounts setting for a user without accounts', () => {
    expect(meBody(agent1, 'http://h', false).user).not.toHaveProperty('settings');
    const body = meResponseSchema.parse(meBody(supervisor, 'http://h', true));
    expect(userSettingOf(body.user, section, key)).toBeUndefined();
    expect(userSettingOf(body.user, 'htcc', 'roles')).toBe('Agent,Supervisor');
  });

  it('reads subresources=* or a list naming settings', () => {
    expect(wantsSettings('*')).toBe(true);
    expect(wantsSettings('devices, settings')).toBe(true);
    expect(wantsSettings('devices')).toBe(false);
    expect(wantsSettings(null)).toBe(false);
  });
});
