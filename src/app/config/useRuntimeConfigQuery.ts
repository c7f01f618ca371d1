import { useQuery } from '@tanstack/react-query';
import { ConfigError } from './ConfigError';
import { loadConfig } from './loadConfig';

/**
 * Reads `/config.json` once per page load. A file that is present but wrong is not retried (it will not
 * fix itself); a network failure is retried once.
 */
export function useRuntimeConfigQuery() {
  return useQuery({
    queryKey: ['runtime-config'],
    queryFn: () => loadConfig(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (failureCount, error) => failureCount < 1 && error instanceof ConfigError && error.kind === 'unreachable',
  });
}
