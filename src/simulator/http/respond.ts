import type { ServerResponse } from 'node:http';
import { describeStatusCode, httpStatusForStatusCode } from '../../gws/statusCodes';

export type Headers = Record<string, string | string[]>;

/** What a route answers; the HTTP layer writes it, then runs `after` (the notification). */
export interface Outcome {
  status: number;
  body: unknown;
  headers?: Headers;
  /** The non-zero GWS statusCode of an error answer (counted in /sim/stats). */
  statusCode?: number;
  /** Runs once the response is written (GWS answers first, notifies later). */
  after?: () => void;
}

export function json(body: unknown, status = 200, headers?: Headers): Outcome {
  return { status, body, headers };
}

/** `{statusCode, statusMessage}` and nothing else (contract §2), with its HTTP status. */
export function statusError(statusCode: number, statusMessage?: string, httpStatus?: number): Outcome {
  return {
    status: httpStatus ?? httpStatusForStatusCode(statusCode),
    statusCode,
    body: { statusCode, statusMessage: statusMessage ?? describeStatusCode(statusCode) },
  };
}

export function writeJson(response: ServerResponse, status: number, body: unknown, headers?: Headers): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
  response.setHeader('Content-Type', 'application/json;charset=UTF-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}

export function writeText(response: ServerResponse, status: number, text: string, contentType = 'text/plain;charset=UTF-8'): void {
  response.statusCode = status;
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Length', Buffer.byteLength(text));
  response.end(text);
}
