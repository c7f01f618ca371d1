import { describe, expect, it } from 'vitest';
import { maxTweetLength, measureTweet } from '../../../src/gws/tweetLength';

describe('measureTweet (twitter-text weighted length)', () => {
  it.each([
    ['plain text counts one per character', 'Hello Twitter!', 14],
    ['a URL counts 23 whatever its length', 'see https://example.com/a/very/long/path/that/goes/on/and/on', 4 + 23],
    ['an emoji counts 2', 'hi 😀', 5],
    ['CJK counts 2 each', '日本語', 6],
  ])('%s', (_name, text, weighted) => {
    expect(measureTweet(text).weightedLength).toBe(weighted);
    expect(measureTweet(text).remaining).toBe(maxTweetLength - weighted);
  });

  it('exactly 280 is valid and has no overflow', () => {
    const m = measureTweet('a'.repeat(280));
    expect(m).toEqual({ weightedLength: 280, remaining: 0, valid: true, overflowStart: undefined });
  });

  it('281 is invalid, negative, and the overflow starts at the 281st character', () => {
    const m = measureTweet('a'.repeat(281));
    expect(m).toEqual({ weightedLength: 281, remaining: -1, valid: false, overflowStart: 280 });
  });

  it('overflow index is in UTF-16 units when wide characters come first', () => {
    const text = '日'.repeat(140) + 'xyz';
    const m = measureTweet(text);
    expect(m.remaining).toBe(-3);
    expect(text.slice(m.overflowStart)).toBe('xyz');
  });

  it('blank text is not valid', () => {
    expect(measureTweet('').valid).toBe(false);
  });
});
