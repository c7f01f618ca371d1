// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from '../../../src/features/outbound/hooks/useThrottledValue';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useThrottledValue', () => {
  it('passes every change through at 0, and at most one per interval (the latest) otherwise', () => {
    const { result, rerender } = renderHook(({ value, ms }) => useThrottledValue(value, ms), { initialProps: { value: 1, ms: 0 } });
    rerender({ value: 2, ms: 0 });
    expect(result.current).toBe(2);

    rerender({ value: 3, ms: 250 }); // switching to throttled starts from the current value
    expect(result.current).toBe(3);
    act(() => void vi.advanceTimersByTime(0));
    rerender({ value: 4, ms: 250 });
    rerender({ value: 5, ms: 250 });
    expect(result.current).toBe(3);
    act(() => void vi.advanceTimersByTime(250));
    expect(result.current).toBe(5);
  });

  it('shows the current value at once when its reset key changes (the user changed what is counted)', () => {
    const { result, rerender } = renderHook(({ value, key }) => useThrottledValue(value, 250, { resetKey: key }), { initialProps: { value: 1, key: 'all' } });
    act(() => void vi.advanceTimersByTime(0));
    rerender({ value: 2, key: 'all' });
    rerender({ value: 3, key: 'all' });
    expect(result.current).toBe(1);
    rerender({ value: 4, key: 'Error' });
    expect(result.current).toBe(4);
    rerender({ value: 5, key: 'Error' });
    act(() => void vi.advanceTimersByTime(250));
    expect(result.current).toBe(5);
  });
});
