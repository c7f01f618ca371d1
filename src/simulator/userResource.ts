import { defaultTwitterAccountsSetting } from '../gws/http/contract';
import type { SimUser } from './users';

/**
 * `user.settings` with `?subresources=*`: sections of string key/value pairs [code: Genesys's C#
 * sample capture shows settings that way, e.g. `settings["interaction-workspace"]["email.from-addresses"]`].
 * Every value is a string.
 */
export type UserSettings = Record<string, Record<string, string>>;

/**
 * The user resource of `GET /api/v2/me` [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/InterpretingaResponse
 * and https://enu.docs.genesys.com/Documentation/HTCC/latest/API/UsersResource]; `settings` only
 * with `?subresources=*` (or `settings` among the sub-resources named).
 */
export interface UserResource {
  id: string;
  userName: string;
  firstName: string;
  lastName: string;
  roles: string[];
  enabled: true;
  changePasswordOnFirstLogin: false;
  uri: string;
  path: string;
  settings?: UserSettings;
}

export interface MeBody {
  statusCode: 0;
  user: UserResource;
}

/** `ROLE_SUPERVISOR` → `Supervisor` (the `htcc.roles` option lists roles that way [ours]). */
function htccRoleOf(role: string): string {
  const word = role.replace(/^ROLE_/, '').toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The agent's options [ours: Genesys documents no option for Twitter From accounts]: the accounts as
 * a comma-separated list under `defaultTwitterAccountsSetting` (left out when the user has none),
 * and a few other plausible Workspace options, all strings.
 */
export function userSettingsOf(user: SimUser): UserSettings {
  const { section, key } = defaultTwitterAccountsSetting;
  const accounts = user.twitterAccounts.map((account) => account.screenName).join(',');
  return {
    [section]: {
      ...(accounts === '' ? {} : { [key]: accounts }),
      'twitter.auto-answer': 'false',
      'privilege.twitter.can-use': 'true',
    },
    htcc: { roles: user.roles.map(htccRoleOf).join(',') },
  };
}

export function wantsSettings(subresources: string | null): boolean {
  if (subresources === null) return false;
  const names = subresources.split(',').map((name) => name.trim());
  return names.includes('*') || names.includes('settings');
}

export function meBody(user: SimUser, baseUrl: string, withSettings: boolean): MeBody {
  return {
    statusCode: 0,
    user: {
      id: user.id,
      userName: user.userName,
      firstName: user.firstName,
      lastName: user.lastName,
      roles: user.roles,
      enabled: true,
      changePasswordOnFirstLogin: false,
      uri: `${baseUrl}/api/v2/users/${user.id}`,
      path: `/users/${user.id}`,
      ...(withSettings ? { settings: userSettingsOf(user) } : {}),
    },
  };
}
