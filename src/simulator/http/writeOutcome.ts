import type { ServerResponse } from 'node:http';
import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import { countIn } from '../stats';
import { statusError, writeJson, type Headers, type Outcome } from './respond';

/** Writes a route's outcome as JSON; a non-zero statusCode is counted in `/sim/stats` `errors`. */
export function writeOutcome(ctx: SimulatorContext, response: ServerResponse, outcome: Outcome, extraHeaders: Headers): void {
  if (outcome.statusCode !== undefined) countIn(ctx.stats.errors, String(outcome.statusCode));
  writeJson(response, outcome.status, outcome.body, { ...extraHeaders, ...outcome.headers });
}

/** [ours] A body over `maxBodyBytes`: HTTP 413 with statusCode 1, the connection closed after it. */
export function tooLarge(ctx: SimulatorContext, limitBytes: number): Outcome {
  ctx.stats.bodyTooLarge += 1;
  const outcome = statusError(StatusCode.MissingParameter, `Request body over ${limitBytes} bytes`, 413);
  return { ...outcome, headers: { Connection: 'close' } };
}
