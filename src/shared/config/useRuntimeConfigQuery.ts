import { queryOptions, useQuery } from '@tanstack/react-query';
import { ConfigError } from './ConfigError';
import { loadConfig } from './loadConfig';

/**
 * `/config.json`, read once per page load. A file that is present but wrong is not retried (it will
 * not fix itself); a network failure is retried once.
 */
export const runtimeConfigQueryOptions = queryOptions({
  queryKey: ['runtime-config'],
  queryFn: () => loadConfig(),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: (failureCount, error) => failureCount < 1 && error instanceof ConfigError && error.kind === 'unreachable',
});

/** The runtime config query: `data` is undefined until the file is read (the sign-in page shows meanwhile). */
export function useRuntimeConfigQuery() {
  return useQuery(runtimeConfigQueryOptions);
}
