/** [ours] When a user's password checks are suspended after wrong guesses. */
export interface PasswordBackoffSettings {
  /** Wrong passwords within `windowMs` that suspend the checks. Default 5. */
  maxFailures: number;
  /** The window the wrong passwords are counted in. Default 60,000 ms. */
  windowMs: number;
  /** The first suspension; each one after it (a wrong password once it ends) lasts twice as long. Default 1,000 ms. */
  firstDelayMs: number;
  /** The longest suspension. Default 30,000 ms. */
  maxDelayMs: number;
  /** User names remembered at once (the oldest forgotten first), so guessing names cannot grow memory. Default 10,000. */
  maxTrackedUsers: number;
}

export interface PasswordBackoffOptions extends Partial<PasswordBackoffSettings> {
  /** The clock, in ms (tests); default Date.now. */
  now?: () => number;
}

export const defaultPasswordBackoff: PasswordBackoffSettings = {
  maxFailures: 5,
  windowMs: 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxTrackedUsers: 10_000,
};

export type PasswordAttempt<T> = { kind: 'ok'; value: T } | { kind: 'wrong' } | { kind: 'suspended'; retryAfterMs: number };

export interface PasswordBackoff {
  /**
   * Checks a password for `userName` with `verify` (the user, or undefined when the password is
   * wrong), unless the checks are suspended for that user: then `verify` is not called at all.
   */
  attempt<T>(userName: string, verify: () => T | undefined): PasswordAttempt<T>;
}

interface FailureRecord {
  /** When the latest wrong passwords came (at most maxFailures, oldest first). */
  failures: number[];
  suspendedUntil: number;
  /** The length of the latest suspension, 0 before the first. */
  delayMs: number;
}

/**
 * Per-user backoff on wrong passwords, per simulator instance: after `maxFailures` wrong passwords
 * for one user name within `windowMs`, every request for that name is answered "wrong" at once,
 * without a password check, for `firstDelayMs`; a wrong password after that suspends it again,
 * twice as long each time, up to `maxDelayMs`. A right password (once the suspension is over)
 * forgets it all; so does a quiet `windowMs`. Unknown names are counted like known ones.
 */
export function createPasswordBackoff({ now = Date.now, ...overrides }: PasswordBackoffOptions = {}): PasswordBackoff {
  const settings = { ...defaultPasswordBackoff, ...overrides };
  const records = new Map<string, FailureRecord>();

  function recordFailure(userName: string, at: number): void {
    const record = records.get(userName) ?? { failures: [], suspendedUntil: 0, delayMs: 0 };
    records.delete(userName); // re-inserted last: the map's order is least recently failed first
    record.failures = record.failures.filter((time) => at - time < settings.windowMs);
    if (record.failures.length === 0) record.delayMs = 0;
    record.failures.push(at);
    if (record.failures.length > settings.maxFailures) record.failures.shift();
    if (record.failures.length >= settings.maxFailures) {
      record.delayMs = record.delayMs === 0 ? settings.firstDelayMs : Math.min(record.delayMs * 2, settings.maxDelayMs);
      record.suspendedUntil = at + record.delayMs;
    }
    records.set(userName, record);
    for (const oldest of records.keys()) {
      if (records.size <= settings.maxTrackedUsers) break;
      records.delete(oldest);
    }
  }

  return {
    attempt(userName, verify) {
      const at = now();
      const record = records.get(userName);
      if (record && at < record.suspendedUntil) return { kind: 'suspended', retryAfterMs: record.suspendedUntil - at };
      const value = verify();
      if (value === undefined) {
        recordFailure(userName, at);
        return { kind: 'wrong' };
      }
      records.delete(userName);
      return { kind: 'ok', value };
    },
  };
}
