import { describe, expect, it } from 'vitest';
import { clockOfSince, sinceOfClock } from '../../../src/features/outbound/model/clockFilter';

const today = new Date(2026, 10, 27, 15, 42, 10).getTime();

describe('the "Since" clock time', () => {
  it('is a time of today, local time, and reads back as typed', () => {
    expect(sinceOfClock('14:30', today)).toBe(new Date(2026, 10, 27, 14, 30, 0).getTime());
    expect(sinceOfClock('09:05:30', today)).toBe(new Date(2026, 10, 27, 9, 5, 30).getTime());
    expect(clockOfSince(sinceOfClock('14:30', today))).toBe('14:30');
    expect(clockOfSince(sinceOfClock('09:05:30', today))).toBe('09:05:30');
  });

  it('is today’s even when later than now, and nothing for an empty or impossible time', () => {
    expect(sinceOfClock('23:00', today)).toBe(new Date(2026, 10, 27, 23, 0, 0).getTime());
    expect(sinceOfClock('', today)).toBeUndefined();
    expect(sinceOfClock('24:00', today)).toBeUndefined();
    expect(sinceOfClock('12:60', today)).toBeUndefined();
    expect(clockOfSince(undefined)).toBe('');
  });
});
