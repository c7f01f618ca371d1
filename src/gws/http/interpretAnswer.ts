import type * as z from 'zod/mini';
import { describeZodError, errorBodySchema } from '../schemas';
import { describeStatusCode, endsSession } from '../statusCodes';
import { isCsrfRejection } from './csrfToken';
import { GwsError } from './gwsError';

/** What came back from one HTTP exchange, body already read. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  bodyText: string;
}

/**
 * Turns an HTTP answer into the parsed body, or throws the matching GwsError:
 * 401, or statusCode 20 "not authenticated" in any answer → unauthorized; 403 "Missing or invalid
 * Csrf token" → csrf; another non-zero `statusCode` in a JSON body (whatever the HTTP status) → status; another HTTP error → http; a body that does not fit
 * the schema → invalid-response.
 * `what` names the request for messages, e.g. `POST /api/v2/me/tweets`; `server` the one answering
 * ("GWS", or "the team feed", which is not GWS).
 */
export function interpretAnswer<T>(answer: HttpAnswer, schema: z.ZodMiniType<T>, what: string, server = 'GWS'): T {
  const httpStatus = answer.status;
  const Server = server.charAt(0).toUpperCase() + server.slice(1);
  if (httpStatus === 401) {
    return fail({ kind: 'unauthorized', httpStatus, message: `${Server} refused the user name or password (HTTP 401)` });
  }
  if (isCsrfRejection(httpStatus, answer.bodyText)) {
    return fail({
      kind: 'csrf',
      httpStatus,
      message: `${Server} refused the CSRF token for ${what}, even after renewing it (HTTP 403)`,
    });
  }

  const body = parseJson(answer.bodyText);
  const errorBody = errorBodySchema.safeParse(body);
  if (errorBody.success && errorBody.data.statusCode !== 0) {
    const { statusCode, statusMessage } = errorBody.data;
    const message = statusMessage || describeStatusCode(statusCode);
    if (endsSession(statusCode)) return fail({ kind: 'unauthorized', statusCode, httpStatus, message: `${Server} ended the session: ${message}` });
    return fail({ kind: 'status', statusCode, httpStatus, message });
  }
  if (httpStatus < 200 || httpStatus > 299) {
    const statusText = answer.statusText ? ` ${answer.statusText}` : '';
    return fail({ kind: 'http', httpStatus, message: `${Server} answered HTTP ${httpStatus}${statusText} to ${what}` });
  }
  if (body === undefined) {
    return fail({ kind: 'invalid-response', httpStatus, message: `${Server} answered ${what} with a body that is not JSON` });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return fail({
      kind: 'invalid-response',
      httpStatus,
      message: `Unexpected answer from ${server} to ${what}: ${describeZodError(parsed.error)}`,
    });
  }
  return parsed.data;
}

function fail(details: ConstructorParameters<typeof GwsError>[0]): never {
  throw new GwsError(details);
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}
