import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';

/** `GET /sim/health` of the embedded simulator: `{ok: true, …}`. */
const simulatorHealthSchema = z.looseObject({ ok: z.literal(true) });

/**
 * Whether the embedded GWS simulator answers at `baseUrl` ('' = this page's origin). Only asked
 * for a same-origin GWS (another origin would need CORS just to say "no"), and not before the
 * runtime config is read (`undefined`).
 */
export const simulatorHealthQueryOptions = (baseUrl: string | undefined) =>
  queryOptions({
    queryKey: ['simulator-health', baseUrl],
    queryFn: async ({ signal }): Promise<boolean> => {
      const response = await fetch(`${baseUrl ?? ''}/sim/health`, { signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return false;
      const body: unknown = await response.json().catch(() => undefined);
      return simulatorHealthSchema.safeParse(body).success;
    },
    enabled: baseUrl === '',
    staleTime: Infinity,
    retry: false,
  });
