import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isGwsError, type GwsError } from '../../gws/http';
import { runtimeConfigQueryOptions } from '../config/useRuntimeConfigQuery';

export interface QueryClientHooks {
  /**
   * Called for every query or mutation that fails with HTTP 401 (GwsError kind 'unauthorized'):
   * the GWS session ended under the console (expired, invalidated). One place for the whole app.
   */
  onUnauthorized?: (error: GwsError) => void;
}

/**
 * The app's one QueryClient. Reads retry once (a dropped connection) but never after a 401; writes
 * never retry on their own, because sending a tweet twice is worse than asking the agent to press
 * Send again.
 */
export function createQueryClient({ onUnauthorized }: QueryClientHooks = {}): QueryClient {
  const reportUnauthorized = (error: unknown) => {
    if (isGwsError(error, 'unauthorized')) onUnauthorized?.(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportUnauthorized }),
    mutationCache: new MutationCache({ onError: reportUnauthorized }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 1 && !isGwsError(error, 'unauthorized'),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: 0 },
    },
  });
}

const [runtimeConfigKey] = runtimeConfigQueryOptions.queryKey;

/**
 * At the end of a session: forgets every query and mutation of it. The runtime config is the
 * page's, not the session's, and stays (the next sign-in needs it).
 */
export function clearSessionQueries(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== runtimeConfigKey });
  queryClient.getMutationCache().clear();
}
