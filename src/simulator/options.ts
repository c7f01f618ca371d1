import type { PasswordBackoffOptions } from './sessions/passwordBackoff';
import { defaultUsers, readUsersFile, type SimUserInput } from './users';
import { defaultCsrfHeaderName, headerNamePattern, type ChannelMessageFormat, type TwitterAckMode } from './wireModes';

export interface SimulatorOptions {
  /** The users; default: agent1..3 and supervisor (password `password`). */
  users?: readonly SimUserInput[];
  /** A JSON users file (see README); wins over `users`. */
  usersFile?: string;
  /** Simulated Twitter delay between a Send's ack and its Sent notification. Default 300 ms. */
  twitterDelayMs?: number;
  /** Bound of the tweet store. Default 200,000. */
  maxTweets?: number;
  /** [ours] Newest tweets returned by `GET /api/v2/me/tweets`. Default 2,000. */
  maxListedTweets?: number;
  /** Request body limit for REST, CometD and /sim. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Bound of the HTTP (JSESSIONID) sessions kept. Default 10,000. */
  maxHttpSessions?: number;
  /** CometD long-poll hold time. Default 30,000 ms. */
  longPollTimeoutMs?: number;
  /** CometD: a session not polling for this long (after its last poll) expires. Default 10,000 ms. */
  maxIntervalMs?: number;
  /** [ours] Undelivered messages a CometD session may pile up before it is dropped. Default 50,000. */
  maxQueuedPerSession?: number;
  /** [ours] `POST /sim/publish` requests allowed per second (a token bucket; beyond → 429). Default 2,000. */
  maxPublishesPerSecond?: number;
  /**
   * [ours] Bytes `POST /sim/publish` may queue per second: the data's JSON size once per CometD
   * session it reaches (beyond → 429). Default 1 MiB.
   */
  maxPublishBytesPerSecond?: number;
  /** Acks of Create/Send/Cancel/Complete: with a referenceId (default) or plain (wireModes.ts). */
  twitterAcks?: TwitterAckMode;
  /** Channel-state notifications: the 8.5.0 shape without messageType (default) or `V2` (wireModes.ts). */
  channelMessages?: ChannelMessageFormat;
  /** The request header the CSRF token must come in, announced in `X-CSRF-HEADER`. Default `X-CSRF-TOKEN`. */
  csrfHeaderName?: string;
  /**
   * [ours] Wrong-password backoff per user (sessions/passwordBackoff.ts): after `maxFailures` (5)
   * wrong passwords within `windowMs` (60 s), 401 at once for `firstDelayMs` (1 s), doubling up to
   * `maxDelayMs` (30 s); `now` replaces the clock (tests).
   */
  passwordBackoff?: PasswordBackoffOptions;
  /** Where unexpected errors are reported. Default console.error. */
  logError?: (message: string, error: unknown) => void;
}

export type ResolvedOptions = Required<Omit<SimulatorOptions, 'usersFile' | 'users'>> & { users: readonly SimUserInput[] };

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`${name} must be a positive number, not ${String(value)}`);
  return value;
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  if (options.csrfHeaderName !== undefined && !headerNamePattern.test(options.csrfHeaderName)) {
    throw new Error(`csrfHeaderName must be an HTTP header name, not ${JSON.stringify(options.csrfHeaderName)}`);
  }
  return {
    users: options.usersFile ? readUsersFile(options.usersFile) : (options.users ?? defaultUsers),
    twitterDelayMs: options.twitterDelayMs ?? 300,
    maxTweets: options.maxTweets ?? 200_000,
    maxListedTweets: options.maxListedTweets ?? 2_000,
    maxBodyBytes: options.maxBodyBytes ?? 64 * 1024,
    maxHttpSessions: options.maxHttpSessions ?? 10_000,
    longPollTimeoutMs: options.longPollTimeoutMs ?? 30_000,
    maxIntervalMs: options.maxIntervalMs ?? 10_000,
    maxQueuedPerSession: options.maxQueuedPerSession ?? 50_000,
    maxPublishesPerSecond: positive('maxPublishesPerSecond', options.maxPublishesPerSecond, 2_000),
    maxPublishBytesPerSecond: positive('maxPublishBytesPerSecond', options.maxPublishBytesPerSecond, 1024 * 1024),
    twitterAcks: options.twitterAcks ?? 'referenceId',
    channelMessages: options.channelMessages ?? '8.5.0',
    csrfHeaderName: options.csrfHeaderName ?? defaultCsrfHeaderName,
    passwordBackoff: options.passwordBackoff ?? {},
    logError: options.logError ?? ((message, error) => console.error(`[gws-simulator] ${message}`, error)),
  };
}

/** SIM_USERS_FILE, for the CLI and the Vite plugin. */
export function usersFileFromEnv(): string | undefined {
  return process.env.SIM_USERS_FILE || undefined;
}
