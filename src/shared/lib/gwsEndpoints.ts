import type { RuntimeConfig } from '../config/configSchema';

/** Where this console's GWS answers, in words: the configured URL, or this page's own origin. */
export function gwsAddressOf(config: Pick<RuntimeConfig, 'gwsBaseUrl'>, pageOrigin: string): string {
  return config.gwsBaseUrl === '' ? `same origin as this page (${pageOrigin})` : config.gwsBaseUrl;
}

/** The absolute CometD endpoint: `gwsBaseUrl` + `notificationsPath`, or this page's origin. */
export function notificationsUrlOf(config: Pick<RuntimeConfig, 'gwsBaseUrl' | 'notificationsPath'>, pageUrl: string): URL {
  return config.gwsBaseUrl === '' ? new URL(config.notificationsPath, pageUrl) : new URL(`${config.gwsBaseUrl}${config.notificationsPath}`);
}
