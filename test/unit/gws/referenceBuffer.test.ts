import { describe, expect, it } from 'vitest';
import { createReferenceBuffer } from '../../../src/gws/cometd';

function bufferWithClock(options: { retentionMs: number; maxEntries: number }) {
  let time = 1_000;
  const buffer = createReferenceBuffer<string>({ ...options, now: () => time });
  return { buffer, advance: (ms: number) => (time += ms) };
}

describe('createReferenceBuffer', () => {
  it('finds an item by referenceId', () => {
    const { buffer } = bufferWithClock({ retentionMs: 60_000, maxEntries: 10 });

    buffer.record(41, 'created');
    buffer.record(42, 'sent');

    expect(buffer.find(42)).toBe('sent');
    expect(buffer.find(41)).toBe('created');
    expect(buffer.find(43)).toBeUndefined();
  });

  it('keeps the first item recorded for a referenceId', () => {
    const { buffer } = bufferWithClock({ retentionMs: 60_000, maxEntries: 10 });

    buffer.record(7, 'first');
    buffer.record(7, 'second');

    expect(buffer.find(7)).toBe('first');
  });

  it('drops items once retentionMs has passed', () => {
    const { buffer, advance } = bufferWithClock({ retentionMs: 1_000, maxEntries: 10 });
    buffer.record(1, 'old');
    advance(600);
    buffer.record(2, 'newer');

    advance(500);

    expect(buffer.find(1)).toBeUndefined();
    expect(buffer.find(2)).toBe('newer');
    expect(buffer.size).toBe(1);
  });

  it('never holds more than maxEntries, dropping the oldest first', () => {
    const { buffer } = bufferWithClock({ retentionMs: 60_000, maxEntries: 100 });

    for (let referenceId = 1; referenceId <= 10_000; referenceId += 1) buffer.record(referenceId, `n${referenceId}`);

    expect(buffer.size).toBe(100);
    expect(buffer.find(9_900)).toBeUndefined();
    expect(buffer.find(9_901)).toBe('n9901');
    expect(buffer.find(10_000)).toBe('n10000');
  });

  it('records a referenceId again after its first item expired', () => {
    const { buffer, advance } = bufferWithClock({ retentionMs: 100, maxEntries: 10 });
    buffer.record(5, 'first');
    advance(200);

    buffer.record(5, 'again');

    expect(buffer.find(5)).toBe('again');
  });
});
