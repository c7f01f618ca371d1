/**
 * The one error type of the GWS clients. `message` is plain words a UI can show as they are:
 * the GWS `statusMessage` when the body had one, otherwise a description of what went wrong.
 */
export type GwsErrorKind =
  /** GWS answered with a non-zero `statusCode` (any HTTP status). */
  | 'status'
  /** An HTTP error without a GWS body (e.g. an HTML 500 page from a proxy). */
  | 'http'
  /** GWS could not be reached (DNS, refused connection, CORS, offline…). */
  | 'network'
  /** No answer within the time allowed. */
  | 'timeout'
  /** The CSRF token was refused even after a refresh. */
  | 'csrf'
  /** HTTP 401, statusCode 20 (not authenticated), or a notification handshake denied: the session is over. */
  | 'unauthorized'
  /** GWS answered something that does not fit the contract. */
  | 'invalid-response';

export interface GwsErrorDetails {
  kind: GwsErrorKind;
  message: string;
  /** GWS `statusCode`, when the body had one. */
  statusCode?: number;
  /** HTTP status, when there was an HTTP answer. */
  httpStatus?: number;
  cause?: unknown;
}

export class GwsError extends Error {
  readonly kind: GwsErrorKind;
  readonly statusCode: number | undefined;
  readonly httpStatus: number | undefined;

  constructor({ kind, message, statusCode, httpStatus, cause }: GwsErrorDetails) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'GwsError';
    this.kind = kind;
    this.statusCode = statusCode;
    this.httpStatus = httpStatus;
  }
}

export function isGwsError(error: unknown, kind?: GwsErrorKind): error is GwsError {
  return error instanceof GwsError && (kind === undefined || error.kind === kind);
}
