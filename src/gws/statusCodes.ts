/**
 * GWS v2 return values (contract §2) [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/ReturnValues,
 * the same list on the 8.5.2 and 8.6.0 pages; 8.5.0 stops at 6, 8.5.1 at 7]. One place, so a real
 * GWS that differs changes one file.
 */
export const StatusCode = {
  Success: 0,
  MissingParameter: 1,
  InvalidForState: 2,
  Forbidden: 3,
  InternalError: 4,
  NoPermission: 5,
  NotFound: 6,
  PartialSuccess: 7,
  ChangePassword: 8,
  ProcessingIncomplete: 9,
  ValidationError: 10,
  ReadOnlyProperty: 11,
  CannotRetrieve: 12,
  CannotCreate: 13,
  CannotDelete: 14,
  CannotUpdate: 15,
  CannotAssign: 16,
  CannotUnassign: 17,
  AlreadyExists: 18,
  InUse: 19,
  NotAuthenticated: 20,
} as const;

export type StatusCodeValue = (typeof StatusCode)[keyof typeof StatusCode];

/** The page's own descriptions, shortened. */
const words: Record<number, string> = {
  0: 'Success',
  1: 'A required parameter is missing',
  2: 'Not allowed in the current state',
  3: 'Operation forbidden',
  4: 'Internal error in GWS or a back-end server',
  5: 'No permission',
  6: 'Not found',
  7: 'Partial success',
  8: 'GWS demands a password change',
  9: 'Processing is incomplete',
  10: 'A value is outside the range of valid values',
  11: 'A read-only property cannot be changed',
  12: 'GWS could not retrieve the resource',
  13: 'GWS could not create the resource',
  14: 'GWS could not delete the resource',
  15: 'GWS could not update the resource',
  16: 'GWS could not assign the resource',
  17: 'GWS could not unassign the resource',
  18: 'The resource already exists',
  19: 'The resource is already in use',
  20: 'Not signed in to GWS (the session is not authenticated)',
};

/** Plain words for a statusCode; unknown codes are named, not hidden. */
export function describeStatusCode(code: number): string {
  return words[code] ?? `Unknown GWS status code ${code}`;
}

/**
 * [doc] 20 "User is not authenticated. Any subsequent request should provide credentials" — what GWS
 * answers a request without valid credentials (https://docs.genesys.com/Documentation/HTCC/latest/API/InterpretingaResponse):
 * the session is over, as with an HTTP 401.
 */
export function endsSession(code: number): boolean {
  return code === StatusCode.NotAuthenticated;
}

/** [ours] HTTP status the simulator answers for a non-zero statusCode. */
export function httpStatusForStatusCode(code: number): number {
  switch (code) {
    case StatusCode.MissingParameter:
    case StatusCode.InvalidForState:
    case StatusCode.ValidationError:
    case StatusCode.ReadOnlyProperty:
      return 400;
    case StatusCode.Forbidden:
    case StatusCode.NoPermission:
      return 403;
    case StatusCode.NotFound:
      return 404;
    case StatusCode.AlreadyExists:
    case StatusCode.InUse:
      return 409;
    case StatusCode.NotAuthenticated:
      return 401;
    case StatusCode.InternalError:
    case StatusCode.CannotRetrieve:
    case StatusCode.CannotCreate:
    case StatusCode.CannotDelete:
    case StatusCode.CannotUpdate:
    case StatusCode.CannotAssign:
    case StatusCode.CannotUnassign:
      return 500;
    default:
      return 200;
  }
}
