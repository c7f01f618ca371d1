import type { HttpSession } from './httpSessions';

/** [doc] The header that names the CSRF header, and the CSRF header itself. */
export const csrfHeaderNameHeader = 'X-CSRF-HEADER';
export const csrfTokenHeader = 'X-CSRF-TOKEN';
/** [doc] Body of the 403 answer. */
export const csrfRejectionText = 'Missing or invalid Csrf token';

const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Whether a request with this method must carry the session's token. */
export function needsCsrfToken(method: string | undefined): boolean {
  return !safeMethods.has((method ?? 'GET').toUpperCase());
}

/** Whether the token sent (the X-CSRF-TOKEN request header) is the session's. */
export function isCsrfTokenValid(session: HttpSession, sent: string | string[] | undefined): boolean {
  return typeof sent === 'string' && sent.length > 0 && sent === session.csrfToken;
}

/** Headers every GET answers with (contract §1). */
export function csrfHeaders(session: HttpSession): Record<string, string> {
  return { [csrfHeaderNameHeader]: csrfTokenHeader, [csrfTokenHeader]: session.csrfToken };
}
