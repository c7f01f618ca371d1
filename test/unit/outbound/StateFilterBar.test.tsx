// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StateFilterBar } from '../../../src/features/outbound/supervisor/StateFilterBar';

describe('StateFilterBar', () => {
  it('colours a bad state by its value: Error at 0 is neutral, Stuck at 1 is the warning', () => {
    render(<StateFilterBar stateCounts={new Map([['Sent', 4], ['Error', 0]])} stuck={1} selected="all" onSelect={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Error 0' })).not.toHaveAttribute('data-alarm');
    expect(screen.getByRole('button', { name: 'Stuck 1' })).toHaveAttribute('data-alarm', 'true');
    expect(screen.getByRole('button', { name: 'Sent 4' })).not.toHaveAttribute('data-alarm');
  });

  it('Error above 0 is the warning, and Stuck at 0 is not', () => {
    render(<StateFilterBar stateCounts={new Map([['Error', 2]])} stuck={0} selected="all" onSelect={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Error 2' })).toHaveAttribute('data-alarm', 'true');
    expect(screen.getByRole('button', { name: 'Stuck 0' })).not.toHaveAttribute('data-alarm');
  });
});
