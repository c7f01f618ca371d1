import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import type { SimUser } from '../users';
import { parseBasicAuth } from './basicAuth';
import { statusError, type Headers, type Outcome } from './respond';
import { writeOutcome } from './writeOutcome';

/**
 * Basic authentication, the same for everything that answers a user's credentials: GWS's `/api`
 * (REST and CometD) and the team feed [ours] under `/team-feed`.
 */

export type Authentication = { kind: 'ok'; user: SimUser } | { kind: 'refused'; statusMessage: string; retryAfterMs?: number };

const credentialsRefused = 'User is not authenticated: Basic credentials missing or wrong';
const checksSuspended = 'User is not authenticated: too many wrong passwords, try again later';

/**
 * A request's Basic credentials, checked through the user's password backoff
 * (sessions/passwordBackoff.ts): while it suspends the checks, refused without looking at the password.
 */
export function checkCredentials(ctx: SimulatorContext, request: IncomingMessage): Authentication {
  const credentials = parseBasicAuth(request.headers.authorization);
  if (!credentials) return { kind: 'refused', statusMessage: credentialsRefused };
  const attempt = ctx.passwordBackoff.attempt(credentials.userName, () => ctx.users.verify(credentials.userName, credentials.password));
  if (attempt.kind === 'ok') return { kind: 'ok', user: attempt.value };
  if (attempt.kind === 'wrong') return { kind: 'refused', statusMessage: credentialsRefused };
  return { kind: 'refused', statusMessage: checksSuspended, retryAfterMs: attempt.retryAfterMs };
}

/** The user of a request's Basic credentials, or undefined (missing, wrong, or checks suspended). */
export function authenticate(ctx: SimulatorContext, request: IncomingMessage): SimUser | undefined {
  const authentication = checkCredentials(ctx, request);
  return authentication.kind === 'ok' ? authentication.user : undefined;
}

/**
 * The Basic challenge of a 401, left out for script requests (`X-Requested-With: XMLHttpRequest`),
 * as Spring-based servers such as GWS do: browsers would otherwise show their own login dialog.
 */
export function challengeHeaders(request: IncomingMessage): Headers {
  return request.headers['x-requested-with'] === 'XMLHttpRequest' ? {} : { 'WWW-Authenticate': 'Basic realm="GWS"' };
}

/**
 * [doc] statusCode 20 "User is not authenticated. Any subsequent request should provide credentials"
 * (https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues), with HTTP 401.
 */
export function notAuthenticated(statusMessage: string): Outcome {
  return statusError(StatusCode.NotAuthenticated, statusMessage, 401);
}

/**
 * The user of the request's credentials; otherwise the 401 is written (with `Retry-After` while the
 * user's password checks are suspended), counted in `unauthorized`, and the answer is undefined.
 */
export function authenticatedUser(ctx: SimulatorContext, request: IncomingMessage, response: ServerResponse): SimUser | undefined {
  const authentication = checkCredentials(ctx, request);
  if (authentication.kind === 'ok') return authentication.user;
  ctx.stats.unauthorized += 1;
  const retryAfter: Headers = authentication.retryAfterMs === undefined ? {} : { 'Retry-After': String(Math.ceil(authentication.retryAfterMs / 1000)) };
  writeOutcome(ctx, response, notAuthenticated(authentication.statusMessage), { ...challengeHeaders(request), ...retryAfter });
  return undefined;
}
