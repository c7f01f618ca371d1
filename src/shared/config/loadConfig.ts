import { ConfigError } from './ConfigError';
import { parseRuntimeConfig, type RuntimeConfig } from './configSchema';

/** Where the runtime config is served from (a static file next to index.html). */
export const configFile = '/config.json';

type FetchFile = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Reads and checks `/config.json`, bypassing the HTTP cache so an edited file takes effect on reload.
 * Every failure becomes a ConfigError saying what went wrong and where.
 */
export async function loadConfig(fetchFile: FetchFile = (url, init) => fetch(url, init)): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchFile(configFile, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch (cause) {
    throw new ConfigError('unreachable', configFile, [{ field: '(whole file)', message: `could not be fetched: ${describe(cause)}` }]);
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    throw new ConfigError('http', configFile, [
      { field: '(whole file)', message: `could not be loaded: HTTP ${response.status}${statusText}` },
    ]);
  }

  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new ConfigError('unreachable', configFile, [{ field: '(whole file)', message: `could not be read: ${describe(cause)}` }]);
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError('not-json', configFile, [{ field: '(whole file)', message: `is not valid JSON: ${describe(cause)}` }]);
  }

  const parsed = parseRuntimeConfig(data);
  if (!parsed.ok) throw new ConfigError('invalid', configFile, parsed.problems);
  return parsed.config;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
