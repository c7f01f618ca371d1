import type { IncomingMessage, ServerResponse } from 'node:http';
import { notificationsPath } from '../gws/channels';
import { StatusCode } from '../gws/statusCodes';
import type { SimulatorContext } from './context';
import { baseUrlOf } from './http/baseUrl';
import { parseBasicAuth } from './http/basicAuth';
import { cookieValue } from './http/cookies';
import { parseJson, readBody } from './http/readBody';
import { statusError, writeJson, writeText, type Headers, type Outcome } from './http/respond';
import { handleBayeuxBody } from './notifier/cometdEndpoint';
import { routeApi } from './routes/apiRouter';
import { csrfHeaders, csrfRejectionStatus, csrfRejectionText, isCsrfTokenValid, needsCsrfToken, sentCsrfToken } from './sessions/csrf';
import { countIn } from './stats';
import type { SimUser } from './users';

export const sessionCookieName = 'JSESSIONID';

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

function isNotificationsPath(path: string): boolean {
  return path === notificationsPath || path.startsWith(`${notificationsPath}/`);
}

function write(ctx: SimulatorContext, response: ServerResponse, outcome: Outcome, extraHeaders: Headers): void {
  if (outcome.statusCode !== undefined) countIn(ctx.stats.errors, String(outcome.statusCode));
  writeJson(response, outcome.status, outcome.body, { ...extraHeaders, ...outcome.headers });
}

/**
 * The Basic challenge of a 401, left out for script requests (`X-Requested-With: XMLHttpRequest`),
 * as Spring-based servers such as GWS do: browsers would otherwise show their own login dialog.
 */
function challengeHeaders(request: IncomingMessage): Headers {
  return request.headers['x-requested-with'] === 'XMLHttpRequest' ? {} : { 'WWW-Authenticate': 'Basic realm="GWS"' };
}

/**
 * [doc] statusCode 20 "User is not authenticated. Any subsequent request should provide credentials"
 * (https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues), with HTTP 401.
 */
function notAuthenticated(statusMessage: string): Outcome {
  return statusError(StatusCode.NotAuthenticated, statusMessage, 401);
}

function tooLarge(ctx: SimulatorContext, limitBytes: number): Outcome {
  ctx.stats.bodyTooLarge += 1;
  const outcome = statusError(StatusCode.MissingParameter, `Request body over ${limitBytes} bytes`, 413);
  return { ...outcome, headers: { Connection: 'close' } };
}

/**
 * Everything under /api: Basic authentication (401, at once while the user's password checks are
 * suspended), then either CometD (/api/v2/notifications/…, no HTTP session, no CSRF; body limit,
 * then every message checked and bound to the user before the CometD server sees it:
 * notifier/cometdEndpoint.ts) or REST: JSESSIONID session, CSRF (403), body limit (413), malformed
 * JSON (400), injected delay, and the route.
 */
export async function handleApi(
  ctx: SimulatorContext,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  query: URLSearchParams,
  maxBodyBytes: number,
): Promise<void> {
  ctx.stats.requests += 1;
  const authentication = checkCredentials(ctx, request);
  if (authentication.kind === 'refused') {
    ctx.stats.unauthorized += 1;
    const retryAfter: Headers = authentication.retryAfterMs === undefined ? {} : { 'Retry-After': String(Math.ceil(authentication.retryAfterMs / 1000)) };
    write(ctx, response, notAuthenticated(authentication.statusMessage), { ...challengeHeaders(request), ...retryAfter });
    return;
  }
  const user = authentication.user;
  const method = (request.method ?? 'GET').toUpperCase();

  if (isNotificationsPath(path)) {
    if (method !== 'POST') {
      ctx.notifier.handle(request, response, []);
      return;
    }
    const read = await readBody(request, maxBodyBytes);
    if (read.kind === 'failed') return;
    if (read.kind === 'tooLarge') return write(ctx, response, tooLarge(ctx, maxBodyBytes), {});
    handleBayeuxBody(ctx.notifier, user, request, response, read.text);
    return;
  }

  const sessionId = cookieValue(request.headers.cookie, sessionCookieName);
  if (ctx.httpSessions.isExpired(sessionId)) {
    ctx.stats.unauthorized += 1;
    write(ctx, response, notAuthenticated('Session expired: sign in again'), { ...challengeHeaders(request), 'Set-Cookie': `${sessionCookieName}=; Path=/; HttpOnly; Max-Age=0` });
    return;
  }
  const headers: Headers = {};
  let session = ctx.httpSessions.find(sessionId, user.userName);
  if (!session) {
    session = ctx.httpSessions.create(user.userName);
    headers['Set-Cookie'] = `${sessionCookieName}=${session.id}; Path=/; HttpOnly`;
  }
  let body: unknown;
  if (needsCsrfToken(method)) {
    if (!isCsrfTokenValid(session, sentCsrfToken(request, ctx.config.csrfHeaderName))) {
      ctx.stats.csrfRejected += 1;
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      writeText(response, csrfRejectionStatus, csrfRejectionText);
      return;
    }
    const read = await readBody(request, maxBodyBytes);
    if (read.kind === 'failed') return;
    if (read.kind === 'tooLarge') return write(ctx, response, tooLarge(ctx, maxBodyBytes), headers);
    if (read.text.trim() !== '') {
      const json = parseJson(read.text);
      if (!json.ok) return write(ctx, response, statusError(StatusCode.MissingParameter, 'Malformed JSON body', 400), headers);
      body = json.value;
    }
  } else {
    Object.assign(headers, csrfHeaders(session, ctx.config.csrfHeaderName));
  }

  const delayMs = ctx.faults.state.delayMs;
  if (delayMs > 0) await new Promise<void>((resolve) => ctx.timers.after(delayMs, resolve));

  const outcome = routeApi(ctx, method, path, { user, session, query, body, baseUrl: baseUrlOf(request) });
  write(ctx, response, outcome, headers);
  if (outcome.after) ctx.timers.soon(outcome.after);
}
