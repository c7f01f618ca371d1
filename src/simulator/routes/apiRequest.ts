import type { SimulatorContext } from '../context';
import type { Outcome } from '../http/respond';
import type { HttpSession } from '../sessions/httpSessions';
import type { SimUser } from '../users';

/** A REST request that passed authentication and CSRF, its JSON body parsed (still `unknown`). */
export interface ApiRequest {
  user: SimUser;
  session: HttpSession;
  query: URLSearchParams;
  body: unknown;
  /** `http://<Host>` (for tweet uris and avatar URLs). */
  baseUrl: string;
  /** Captured path segments of the route. */
  params: string[];
}

export type ApiRoute = (ctx: SimulatorContext, request: ApiRequest) => Outcome;
