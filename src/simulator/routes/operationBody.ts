import * as z from 'zod/mini';
import { describeZodError } from '../../gws/schemas';
import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import { statusError, type Outcome } from '../http/respond';
import { countIn } from '../stats';

const namedOperationSchema = z.looseObject({ operationName: z.string() });

/**
 * Parses an operation body with its wire schema (src/gws/schemas). Any failure is statusCode 1:
 * no operationName, an operationName this resource does not know, or a missing/invalid parameter.
 * Counts the operation in /sim/stats.
 */
export function parseOperation<S extends z.core.$ZodType>(
  ctx: SimulatorContext,
  body: unknown,
  knownNames: readonly string[],
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; outcome: Outcome } {
  const named = namedOperationSchema.safeParse(body);
  if (!named.success) {
    countIn(ctx.stats.operations, '(none)');
    return { ok: false, outcome: statusError(StatusCode.MissingParameter, 'operationName is missing') };
  }
  const name = named.data.operationName;
  if (!knownNames.includes(name)) {
    countIn(ctx.stats.operations, '(unknown)');
    const shown = JSON.stringify(name.slice(0, 60));
    return { ok: false, outcome: statusError(StatusCode.MissingParameter, `Unknown operationName ${shown}`) };
  }
  countIn(ctx.stats.operations, name);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    return { ok: false, outcome: statusError(StatusCode.MissingParameter, `${name}: ${describeZodError(parsed.error)}`) };
  }
  return { ok: true, data: parsed.data };
}

export function ack(referenceId: number, after?: () => void): Outcome {
  return { status: 200, body: { statusCode: 0, referenceId }, after };
}

/**
 * `POST /sim/faults {failNext: {statusCode, operationName}}` for an operation that is not a tweet
 * operation (StartContactCenterSession, Ready…): its error answer, or undefined.
 */
export function injectedStatusFailure(ctx: SimulatorContext, operationName: string): Outcome | undefined {
  const failure = ctx.faults.takeFailNext(operationName, false);
  return failure?.kind === 'status' ? statusError(failure.statusCode, failure.statusMessage) : undefined;
}
