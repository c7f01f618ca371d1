import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import { statusError, type Outcome } from '../http/respond';
import type { ApiRequest, ApiRoute } from './apiRequest';
import { postChannel } from './channels';
import { getMe, postMe } from './me';
import { listTweets, postCreate, postTweetOperation } from './tweets';

interface RouteEntry {
  method: 'GET' | 'POST';
  pattern: RegExp;
  route: ApiRoute;
}

/** The REST resources of the contract (CometD's /api/v2/notifications is handled before this). */
const routes: readonly RouteEntry[] = [
  { method: 'GET', pattern: /^\/api\/v2\/me$/, route: getMe },
  { method: 'POST', pattern: /^\/api\/v2\/me$/, route: postMe },
  { method: 'POST', pattern: /^\/api\/v2\/me\/channels\/([^/]+)$/, route: postChannel },
  { method: 'GET', pattern: /^\/api\/v2\/me\/tweets$/, route: listTweets },
  { method: 'POST', pattern: /^\/api\/v2\/me\/tweets$/, route: postCreate },
  { method: 'POST', pattern: /^\/api\/v2\/me\/tweets\/([^/]+)$/, route: postTweetOperation },
];

export function routeApi(
  ctx: SimulatorContext,
  method: string,
  path: string,
  request: Omit<ApiRequest, 'params'>,
): Outcome {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const allowed: string[] = [];
  for (const entry of routes) {
    const match = entry.pattern.exec(normalised);
    if (!match) continue;
    if (entry.method === method || (method === 'HEAD' && entry.method === 'GET')) {
      const params = match.slice(1).map((p) => safeDecode(p ?? ''));
      return entry.route(ctx, { ...request, params });
    }
    allowed.push(entry.method);
  }
  if (allowed.length > 0) {
    const outcome = statusError(StatusCode.Forbidden, `Method ${method} is not supported here`, 405);
    return { ...outcome, headers: { Allow: allowed.join(', ') } };
  }
  return statusError(StatusCode.NotFound, `No resource at ${normalised.slice(0, 120)}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
