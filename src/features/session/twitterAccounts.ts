import type { RuntimeConfig } from '../../shared/config/configSchema';
import { userSettingOf, type TwitterAccount, type User } from '../../gws/schemas';

/** Where the From accounts came from: the agent's GWS settings, config.json, or nowhere. */
export type AccountsSource = 'gws-settings' | 'config' | 'none';

export interface AgentAccounts {
  accounts: TwitterAccount[];
  source: AccountsSource;
}

/** `"@gc_support, gc_sales,"` → `gc_support`, `gc_sales` (no @, no blanks, no repeats). */
export function screenNamesOf(list: string): string[] {
  const names = list.split(',').map((name) => name.trim().replace(/^@/, ''));
  return [...new Set(names.filter((name) => name !== ''))];
}

/**
 * The agent's From accounts [ours: Genesys documents no option for them]: the comma-separated list
 * in `user.settings[section][key]` (config.json `twitterAccountsSetting`), else config.json
 * `twitterAccounts`, else none.
 */
export function twitterAccountsOf(
  user: Pick<User, 'settings'>,
  config: Pick<RuntimeConfig, 'twitterAccounts' | 'twitterAccountsSetting'>,
): AgentAccounts {
  const { section, key } = config.twitterAccountsSetting;
  const fromSettings = screenNamesOf(userSettingOf(user, section, key) ?? '');
  if (fromSettings.length > 0) return { accounts: fromSettings.map((screenName) => ({ screenName })), source: 'gws-settings' };
  const fromConfig = screenNamesOf((config.twitterAccounts ?? []).join(','));
  if (fromConfig.length > 0) return { accounts: fromConfig.map((screenName) => ({ screenName })), source: 'config' };
  return { accounts: [], source: 'none' };
}
