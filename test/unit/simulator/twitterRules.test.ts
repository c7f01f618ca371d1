import { describe, expect, it } from 'vitest';
import { isOverLimit, twitterRejection, weightedLength } from '../../../src/simulator/twitterRules';

describe("the simulator's Twitter rules", () => {
  it('weighs like twitter-text: URLs 23, CJK and emoji 2', () => {
    expect(weightedLength('Hello Twitter!')).toBe(14);
    expect(weightedLength(`x https://example.com/${'a'.repeat(100)}`)).toBe(2 + 23);
    expect(weightedLength('日本')).toBe(4);
    expect(weightedLength('😀')).toBe(2);
  });

  it('is over the limit above 280 weighted characters', () => {
    expect(isOverLimit('a'.repeat(280))).toBe(false);
    expect(isOverLimit('a'.repeat(281))).toBe(true);
    expect(isOverLimit('日'.repeat(140))).toBe(false);
    expect(isOverLimit('日'.repeat(141))).toBe(true);
  });

  it('rejects empty, too long and exact duplicates of the previous tweet, with readable reasons', () => {
    expect(twitterRejection('hello', undefined)).toBeUndefined();
    expect(twitterRejection('hello', 'hello!')).toBeUndefined();
    expect(twitterRejection('hello', 'hello')).toMatch(/duplicate/);
    expect(twitterRejection('  ', undefined)).toMatch(/empty/);
    expect(twitterRejection('a'.repeat(300), undefined)).toMatch(/300 characters is over the limit of 280/);
  });
});
