/** GWS v2 return values (contract §2). One place, so a real GWS that differs changes one file. */
export const StatusCode = {
  Success: 0,
  MissingParameter: 1,
  InvalidForState: 2,
  Forbidden: 3,
  InternalError: 4,
  NoPermission: 5,
  NotFound: 6,
  PartialSuccess: 7,
} as const;

export type StatusCodeValue = (typeof StatusCode)[keyof typeof StatusCode];

const words: Record<number, string> = {
  0: 'Success',
  1: 'A required parameter is missing',
  2: 'Not allowed in the current state',
  3: 'Operation forbidden',
  4: 'Internal error in GWS or a back-end server',
  5: 'No permission',
  6: 'Not found',
  7: 'Partial success',
};

/** Plain words for a statusCode; unknown codes are named, not hidden. */
export function describeStatusCode(code: number): string {
  return words[code] ?? `Unknown GWS status code ${code}`;
}

/** [ours] HTTP status the simulator answers for a non-zero statusCode. */
export function httpStatusForStatusCode(code: number): number {
  switch (code) {
    case StatusCode.MissingParameter:
    case StatusCode.InvalidForState:
      return 400;
    case StatusCode.Forbidden:
    case StatusCode.NoPermission:
      return 403;
    case StatusCode.NotFound:
      return 404;
    case StatusCode.InternalError:
      return 500;
    default:
      return 200;
  }
}
