// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClippedText } from '../../../src/features/outbound/panel/ClippedText';

/** Text matched as it is, line breaks and all (not with its white space collapsed). */
const exactly = { normalizer: (text: string) => text };

describe('ClippedText (long text from GWS/Twitter: clipped, full text reachable)', () => {
  it('renders short text as it is (markup in it is text), with no toggle', () => {
    render(<ClippedText text={'<script>window.__pwned=1</script>'} />);
    expect(screen.getByText('<script>window.__pwned=1</script>', exactly)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['over 600 characters', 'x'.repeat(601)],
    ['over 6 lines', 'a\nb\nc\nd\ne\nf\ng'],
  ])('clips text %s, keeps all of it in the DOM, and Show all / Show less toggle it', async (_, text) => {
    render(<ClippedText text={text} />);
    const clipped = screen.getByText(text, exactly);
    expect(clipped).toHaveAttribute('data-clipped');
    const toggle = screen.getByRole('button', { name: `Show all (${text.length} characters)` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', clipped.id);

    await userEvent.click(toggle);
    expect(clipped).not.toHaveAttribute('data-clipped');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });
});
