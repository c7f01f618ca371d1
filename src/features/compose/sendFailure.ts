import { GwsError, isGwsError, type GwsErrorKind } from '../../gws/http';

/** Which request of the flow failed: the Create of the draft, or the Send on it. */
export type SendStage = 'create' | 'send';

/** Why a tweet was not (or not surely) sent. The draft, when there is one, is kept for Retry. */
export type SendFailure =
  /** GWS refused the request with a non-zero statusCode; nothing changed. */
  | { kind: 'status'; stage: SendStage; statusCode: number; statusMessage: string }
  /** The request failed without reaching a GWS answer (network, timeout, CSRF, HTTP error…). */
  | { kind: 'transport'; stage: SendStage; reason: GwsErrorKind | 'unexpected'; message: string }
  /** GWS accepted, then answered with an Error notification (over the limit, duplicate…). */
  | { kind: 'rejected'; stage: SendStage; errorMessage: string }
  /** No confirmation came, and the tweet list still shows the draft Composing. */
  | { kind: 'unconfirmed'; stage: SendStage; reason: 'timeout' | 'lost-response' }
  /** No confirmation came, and the tweet list could not be read to check. */
  | { kind: 'unchecked'; stage: SendStage; message: string }
  /**
   * No confirmation came and the list cannot tell: the tweet is not in it (GWS may list only the
   * interactions the agent still holds), or it is in a state the console does not know.
   */
  | { kind: 'unknown'; reason: 'not-listed' | 'unknown-state'; state: string | undefined }
  /** GWS says the draft was canceled: it did not go out; the next Send creates a new one. */
  | { kind: 'draft-gone'; state: string };

export class SendTweetError extends Error {
  override readonly name = 'SendTweetError';
  constructor(readonly failure: SendFailure) {
    super(`Tweet not sent: ${failure.kind}`);
  }
}

/**
 * Failures that leave it unknown whether GWS acted (the answer was lost or unreadable, or something
 * unexpected went wrong): the state has to be checked, never guessed, before anything is sent again.
 */
export function isUncertain(error: unknown): boolean {
  if (!(error instanceof GwsError)) return true;
  return ['network', 'timeout', 'http', 'invalid-response'].includes(error.kind);
}

/**
 * A request's error as a SendTweetError. A 401 stays the GwsError it is, so the app's central
 * 401 handling (session expired) sees it.
 */
export function sendErrorFrom(error: unknown, stage: SendStage): Error {
  if (error instanceof SendTweetError) return error;
  if (isGwsError(error, 'unauthorized')) return error;
  if (error instanceof GwsError) {
    if (error.kind === 'status') {
      return new SendTweetError({ kind: 'status', stage, statusCode: error.statusCode ?? 0, statusMessage: error.message });
    }
    return new SendTweetError({ kind: 'transport', stage, reason: error.kind, message: error.message });
  }
  const message = error instanceof Error ? error.message : textOf(error);
  return new SendTweetError({ kind: 'transport', stage, reason: 'unexpected', message });
}

/** A thrown value's text; one with no text form (`{ toString: false }`, a null-prototype object) by its type. */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Any error of the flow as a failure to show (a 401 included, though the console will leave). */
export function sendFailureOf(error: unknown): SendFailure {
  const converted = sendErrorFrom(error, 'send');
  if (converted instanceof SendTweetError) return converted.failure;
  return { kind: 'transport', stage: 'send', reason: 'unauthorized', message: converted.message };
}
