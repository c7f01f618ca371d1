import * as z from 'zod/mini';
import { describeZodError } from '../../gws/schemas';
import { StatusCode } from '../../gws/statusCodes';
import type { SimulatorContext } from '../context';
import { statusError, type Outcome } from '../http/respond';
import { countIn } from '../stats';

const bodyWithOperationName = z.looseObject({ operationName: z.unknown() });

/** The value at `path` in a parsed JSON body (undefined when absent). */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/**
 * [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues] 1 "A required parameter
 * is missing in the request"; 10 "Input validation error - the provided value is not within the
 * range of valid values". A parameter that is absent (or null) is missing; one that is present with
 * a wrong type or value is invalid.
 */
function statusCodeOf(issues: readonly z.core.$ZodIssue[], body: unknown): number {
  const missing = issues.some((issue) => (valueAt(body, issue.path) ?? undefined) === undefined);
  return missing ? StatusCode.MissingParameter : StatusCode.ValidationError;
}

/**
 * Parses an operation body with its wire schema (src/gws/schemas): no operationName or a missing
 * parameter → 1; an operationName this resource does not know, or a parameter of the wrong type or
 * value → 10. Counts the operation in /sim/stats.
 */
export function parseOperation<S extends z.core.$ZodType>(
  ctx: SimulatorContext,
  body: unknown,
  knownNames: readonly string[],
  schema: S,
): { ok: true; data: z.output<S> } | { ok: false; outcome: Outcome } {
  const named = bodyWithOperationName.safeParse(body);
  const name = named.success ? named.data.operationName : undefined;
  if (name === undefined || name === null) {
    countIn(ctx.stats.operations, '(none)');
    return { ok: false, outcome: statusError(StatusCode.MissingParameter, 'operationName is missing') };
  }
  if (typeof name !== 'string' || !knownNames.includes(name)) {
    countIn(ctx.stats.operations, '(unknown)');
    const shown = JSON.stringify(name).slice(0, 60);
    return { ok: false, outcome: statusError(StatusCode.ValidationError, `Unknown operationName ${shown}`) };
  }
  countIn(ctx.stats.operations, name);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) {
    const statusCode = statusCodeOf(parsed.error.issues, body);
    return { ok: false, outcome: statusError(statusCode, `${name}: ${describeZodError(parsed.error)}`) };
  }
  return { ok: true, data: parsed.data };
}

/**
 * `{"statusCode":0}` [doc: StartContactCenterSession, EndContactCenterSession, Ready, NotReady, Save],
 * or `{"statusCode":0,"referenceId":N}` [doc: the current Create, Send, Cancel, Complete pages].
 */
export function ack(referenceId: number | undefined, after?: () => void): Outcome {
  const body = referenceId === undefined ? { statusCode: 0 } : { statusCode: 0, referenceId };
  return { status: 200, body, after };
}

/**
 * `POST /sim/faults {failNext: {statusCode, operationName}}` for an operation that is not a tweet
 * operation (StartContactCenterSession, Ready…): its error answer, or undefined.
 */
export function injectedStatusFailure(ctx: SimulatorContext, operationName: string): Outcome | undefined {
  const failure = ctx.faults.takeFailNext(operationName, false);
  return failure?.kind === 'status' ? statusError(failure.statusCode, failure.statusMessage) : undefined;
}
