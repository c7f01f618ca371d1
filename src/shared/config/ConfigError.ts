import type { ConfigProblem } from './configSchema';

/** Why the runtime config could not be used: the file was unreachable, not served, not JSON, or invalid. */
export type ConfigErrorKind = 'unreachable' | 'http' | 'not-json' | 'invalid';

/** The console cannot start: names the file and every bad field, in words fit for the error page. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly kind: ConfigErrorKind,
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`${file}: ${problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`);
  }
}
