import type { IncomingMessage, ServerResponse } from 'node:http';
import { notificationsPath } from '../gws/channels';
import { StatusCode } from '../gws/statusCodes';
import type { SimulatorContext } from './context';
import { authenticatedUser, challengeHeaders, notAuthenticated } from './http/authentication';
import { baseUrlOf } from './http/baseUrl';
import { cookieValue } from './http/cookies';
import { parseJson, readBody } from './http/readBody';
import { statusError, writeText, type Headers } from './http/respond';
import { tooLarge, writeOutcome as write } from './http/writeOutcome';
import { serveCometd } from './notifier/cometdEndpoint';
import { routeApi } from './routes/apiRouter';
import { csrfHeaders, csrfRejectionStatus, csrfRejectionText, isCsrfTokenValid, needsCsrfToken, sentCsrfToken } from './sessions/csrf';

export const sessionCookieName = 'JSESSIONID';

function isNotificationsPath(path: string): boolean {
  return path === notificationsPath || path.startsWith(`${notificationsPath}/`);
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
  const user = authenticatedUser(ctx, request, response);
  if (!user) return;
  const method = (request.method ?? 'GET').toUpperCase();

  if (isNotificationsPath(path)) {
    await serveCometd(ctx.notifier, user, request, response, maxBodyBytes, () => write(ctx, response, tooLarge(ctx, maxBodyBytes), {}));
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
