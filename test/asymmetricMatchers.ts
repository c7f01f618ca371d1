import { expect } from 'vitest';

/**
 * Vitest's asymmetric matchers, typed `unknown` instead of Vitest's `any`: an `any` standing in an
 * expected object would switch the type checks off there (and lint says so). Same matchers, same use:
 * `toMatchObject({ ok: true, count: match.any(Number) })`.
 */
export const match = {
  any: (type: unknown): unknown => expect.any(type),
  stringMatching: (pattern: string | RegExp): unknown => expect.stringMatching(pattern),
  stringContaining: (text: string): unknown => expect.stringContaining(text),
  objectContaining: (sample: object): unknown => expect.objectContaining(sample),
};
