import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one QueryClient. Reads retry once (a dropped connection); writes never retry on their own,
 * because sending a tweet twice is worse than asking the agent to press Send again.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
      mutations: { retry: 0 },
    },
  });
}
