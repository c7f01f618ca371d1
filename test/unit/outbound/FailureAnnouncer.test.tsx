// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FailureAnnouncer } from '../../../src/features/outbound/panel/FailureAnnouncer';

afterEach(() => {
  vi.useRealTimers();
});

describe('FailureAnnouncer', () => {
  it('a rising number of failed tweets is announced (politely), at most once every two seconds', () => {
    vi.useFakeTimers();
    const { rerender } = render(<FailureAnnouncer failed={0} />);
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();

    rerender(<FailureAnnouncer failed={1} />);
    act(() => void vi.advanceTimersByTime(0));
    expect(screen.getByText('1 tweet has failed')).toHaveAttribute('aria-live', 'polite');

    rerender(<FailureAnnouncer failed={2} />);
    rerender(<FailureAnnouncer failed={3} />);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByText('1 tweet has failed')).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.getByText('3 tweets have failed')).toHaveAttribute('aria-live', 'polite');
  });
});
