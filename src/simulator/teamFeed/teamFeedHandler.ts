import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import { authenticatedUser } from '../http/authentication';
import { json, statusError, type Outcome } from '../http/respond';
import { tooLarge, writeOutcome } from '../http/writeOutcome';
import { serveCometd } from '../notifier/cometdEndpoint';
import type { SimUser } from '../users';
import { teamTweetList } from './teamFeedMessages';
import { teamFeedPaths } from './teamFeedPaths';

const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);

/** `GET /team-feed/tweets` [ours]: supervisors only (others 403, statusCode 3 "Operation forbidden"). */
function listTeamTweets(ctx: SimulatorContext, user: SimUser, method: string): Outcome {
  if (!user.supervisor) return statusError(StatusCode.Forbidden, 'The team feed is for supervisors only');
  if (method !== 'GET' && method !== 'HEAD') {
    const outcome = statusError(StatusCode.Forbidden, `Method ${method} is not supported here`, 405);
    return { ...outcome, headers: { Allow: 'GET' } };
  }
  const roster = ctx.teamRoster;
  const tweets = ctx.store.listOwnedBy((owner) => roster.agentOf(owner) !== undefined, ctx.config.maxListedTweets);
  return json(teamTweetList(roster.agents(), tweets));
}

/**
 * Everything under `/team-feed`: Basic authentication as for `/api` (401, statusCode 20), then the
 * CometD endpoint (the same Bayeux checks, session binding and limits as `/api/v2/notifications`,
 * on a notifier of its own that lets only supervisors handshake) or the list. No HTTP session, no
 * CSRF token (the list is a GET; CometD needs none, as on `/api`), no REST fault of GWS's.
 */
export async function handleTeamFeed(
  ctx: SimulatorContext,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  maxBodyBytes: number,
): Promise<void> {
  ctx.stats.teamFeedRequests += 1;
  const user = authenticatedUser(ctx, request, response);
  if (!user) return;
  if (isUnder(path, teamFeedPaths.cometd)) {
    await serveCometd(ctx.teamFeed, user, request, response, maxBodyBytes, () => writeOutcome(ctx, response, tooLarge(ctx, maxBodyBytes), {}));
    return;
  }
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const method = (request.method ?? 'GET').toUpperCase();
  const outcome =
    normalised === teamFeedPaths.tweets
      ? listTeamTweets(ctx, user, method)
      : statusError(StatusCode.NotFound, `No team feed resource at ${normalised.slice(0, 120)}`);
  writeOutcome(ctx, response, outcome, {});
}
