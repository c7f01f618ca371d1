// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FailureAnnouncer } from '../../../src/features/outbound/panel/FailureAnnouncer';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('FailureAnnouncer', () => {
  it('a rising number of failed tweets is announced (politely), at most once every two seconds', () => {
    vi.useFakeTimers();
    const { container, rerender } = render(<FailureAnnouncer failed={0} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region?.textContent).toBe('');

    rerender(<FailureAnnouncer failed={1} />);
    act(() => void vi.advanceTimersByTime(0));
    expect(region?.textContent).toBe('1 tweet has failed');

    rerender(<FailureAnnouncer failed={2} />);
    rerender(<FailureAnnouncer failed={3} />);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(region?.textContent).toBe('1 tweet has failed');
    act(() => void vi.advanceTimersByTime(1_000));
    expect(region?.textContent).toBe('3 tweets have failed');
  });
});
