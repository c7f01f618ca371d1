import { queryOptions } from '@tanstack/react-query';
import { configFile } from '../../shared/config/loadConfig';
import { embeddedSimulatorHeader } from '../../gws/http';

/**
 * Whether the embedded GWS simulator serves this console: its Vite plugin marks the `/config.json`
 * answer (a file every deployment has, so a real one is never asked for a `/sim` it lacks). Only
 * asked for a same-origin GWS, and not before the runtime config is read (`undefined`).
 */
export const embeddedSimulatorQueryOptions = (baseUrl: string | undefined) =>
  queryOptions({
    queryKey: ['embedded-simulator', baseUrl],
    queryFn: async ({ signal }): Promise<boolean> => {
      const response = await fetch(configFile, { method: 'HEAD', cache: 'no-cache', signal });
      return response.ok && response.headers.get(embeddedSimulatorHeader.name) === embeddedSimulatorHeader.value;
    },
    enabled: baseUrl === '',
    staleTime: Infinity,
    retry: false,
  });
