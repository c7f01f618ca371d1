import { parseRuntimeConfig, type RuntimeConfig } from '../../src/shared/config/configSchema';

/** A runtime config as config.json would give it (defaults filled in by the real schema); throws if `fields` are invalid. */
export function testConfig(fields: Record<string, unknown> = {}): RuntimeConfig {
  const parsed = parseRuntimeConfig({ queues: [{ name: 'Twitter outbound', path: '/queues/twitter-outbound' }], ...fields });
  if (!parsed.ok) throw new Error(`test config is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.config;
}
