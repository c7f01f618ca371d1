import type * as z from 'zod/mini';
import { statusBodySchema } from '../schemas';
import { csrfContract, scriptRequestHeader } from './contract';
import { createCookieJar } from './cookieJar';
import { createCsrfToken, isCsrfRejection } from './csrfToken';
import { GwsError } from './gwsError';
import { interpretAnswer, type HttpAnswer } from './interpretAnswer';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Per-call options of every client method. */
export interface CallOptions {
  /** Aborting it rejects the call with the signal's own reason (an AbortError), not a GwsError. */
  signal?: AbortSignal;
  /** Time allowed for the whole call, CSRF refresh and retry included. */
  timeoutMs?: number;
}

export interface GwsRequest<T> {
  method: HttpMethod;
  /** Path and query, relative to the base URL, e.g. `/api/v2/me/tweets?fields=*`. */
  path: string;
  /** Sent as JSON when present. */
  body?: unknown;
  /** Schema of a successful (`statusCode: 0`) answer. */
  schema: z.ZodMiniType<T>;
}

export interface GwsTransportConfig {
  /** '' = same origin (relative URLs). */
  baseUrl: string;
  authorization: string;
  timeoutMs: number;
  fetch: typeof fetch;
  /** Who answers, in messages: "GWS" unless said otherwise. */
  server?: string;
}

export interface GwsTransport {
  call<T>(request: GwsRequest<T>, options?: CallOptions): Promise<T>;
  /** Forgets cookies and CSRF token (after EndContactCenterSession invalidated the HTTP session). */
  forgetSession(): void;
  /** The CSRF request header of the HTTP session, once an answer has carried a token. */
  csrfHeader(): { name: string; value: string } | undefined;
}

/**
 * The HTTP session with GWS: Authorization on every request, cookies, the CSRF token (with one
 * refresh-and-retry after a refusal), timeouts and error translation.
 */
export function createGwsTransport(config: GwsTransportConfig): GwsTransport {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const server = config.server ?? 'GWS';
  const cookies = createCookieJar();
  const csrf = createCsrfToken();

  async function exchange(method: HttpMethod, path: string, body: unknown, signal: AbortSignal): Promise<HttpAnswer> {
    const headers = new Headers({
      Authorization: config.authorization,
      Accept: 'application/json',
      [scriptRequestHeader.name]: scriptRequestHeader.value,
    });
    const cookieHeader = cookies.cookieHeader();
    if (cookieHeader) headers.set('Cookie', cookieHeader);
    if (method !== 'GET') csrf.applyTo(headers);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await config.fetch(baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      signal,
    });
    cookies.storeFrom(response.headers);
    csrf.captureFrom(response.headers);
    return { status: response.status, statusText: response.statusText, bodyText: await response.text() };
  }

  async function call<T>(request: GwsRequest<T>, options: CallOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? config.timeoutMs;
    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeoutSignal]) : timeoutSignal;
    const what = `${request.method} ${request.path}`;
    try {
      let answer = await exchange(request.method, request.path, request.body, signal);
      if (request.method !== 'GET' && isCsrfRejection(answer.status, answer.bodyText)) {
        const refresh = await exchange('GET', csrfContract.refreshPath, undefined, signal);
        interpretAnswer(refresh, statusBodySchema, `GET ${csrfContract.refreshPath}`);
        answer = await exchange(request.method, request.path, request.body, signal);
      }
      return interpretAnswer(answer, request.schema, what, server);
    } catch (error) {
      if (error instanceof GwsError) throw error;
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeoutSignal.aborted) {
        throw new GwsError({ kind: 'timeout', message: `${server.charAt(0).toUpperCase()}${server.slice(1)} did not answer ${what} within ${timeoutMs} ms`, cause: error });
      }
      throw new GwsError({ kind: 'network', message: `Cannot reach ${server} (${what}): ${networkReason(error)}`, cause: error });
    }
  }

  return {
    call,
    forgetSession() {
      cookies.clear();
      csrf.clear();
    },
    csrfHeader: () => csrf.current(),
  };
}

/** fetch's TypeError says "fetch failed"; the useful part (ECONNREFUSED…) is in its cause. */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.message;
}
