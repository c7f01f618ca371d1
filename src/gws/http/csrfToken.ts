import { csrfContract } from './contract';

/**
 * The CSRF token of the current HTTP session: captured from any answer's headers, sent on every
 * state-changing request.
 */
export interface CsrfToken {
  captureFrom(headers: Headers): void;
  /** Adds the token header, when a token is known. */
  applyTo(headers: Headers): void;
  /** The header to send (name from X-CSRF-HEADER, value from X-CSRF-TOKEN), when a token is known. */
  current(): { name: string; value: string } | undefined;
  clear(): void;
}

export function createCsrfToken(): CsrfToken {
  let current: { name: string; value: string } | undefined;
  return {
    captureFrom(headers) {
      const value = headers.get(csrfContract.tokenHeader);
      if (!value) return;
      const name = headers.get(csrfContract.headerNameHeader) || csrfContract.defaultRequestHeader;
      current = { name, value };
    },
    applyTo(headers) {
      if (current) headers.set(current.name, current.value);
    },
    current: () => current,
    clear() {
      current = undefined;
    },
  };
}

export function isCsrfRejection(httpStatus: number, bodyText: string): boolean {
  return (
    httpStatus === csrfContract.rejectionStatus &&
    bodyText.toLowerCase().includes(csrfContract.rejectionText.toLowerCase())
  );
}
