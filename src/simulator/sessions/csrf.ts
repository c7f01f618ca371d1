import type { IncomingMessage } from 'node:http';
import { csrfContract } from '../../gws/http/contract';
import type { HttpSession } from './httpSessions';

/**
 * CSRF as GWS does it [doc: https://enu.docs.genesys.com/Documentation/GWS/8.5.2/API/CSRFProtection]: every GET
 * answers `X-CSRF-HEADER: <name of the header to send>` and `X-CSRF-TOKEN: <token>`; every
 * POST/PUT/DELETE must send `<that name>: <token>`, else HTTP 403 with `csrfContract.rejectionText`.
 * Header names and the rejection text are the app's (src/gws/http/contract.ts), so both sides agree.
 */

const safeMethods: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** Whether a request with this method must carry the session's token. */
export function needsCsrfToken(method: string | undefined): boolean {
  return !safeMethods.has((method ?? 'GET').toUpperCase());
}

/** The token a request sent in the header named `headerName` (Node keeps header names in lower case). */
export function sentCsrfToken(request: Pick<IncomingMessage, 'headers'>, headerName: string): string | string[] | undefined {
  return request.headers[headerName.toLowerCase()];
}

/** Whether the token sent is the session's. */
export function isCsrfTokenValid(session: HttpSession, sent: string | string[] | undefined): boolean {
  return typeof sent === 'string' && sent.length > 0 && sent === session.csrfToken;
}

/** Headers every GET answers with: the name of the header to send, and the token. */
export function csrfHeaders(session: HttpSession, headerName: string): Record<string, string> {
  return { [csrfContract.headerNameHeader]: headerName, [csrfContract.tokenHeader]: session.csrfToken };
}

export const csrfRejectionStatus = csrfContract.rejectionStatus;
export const csrfRejectionText = csrfContract.rejectionText;
