import type * as z from 'zod/mini';

/** The first issue of a zod error as `path: message` (e.g. `referenceId: Invalid input…`). */
export function describeZodError(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message}`;
}
