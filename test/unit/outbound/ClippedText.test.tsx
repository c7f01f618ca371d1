// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ClippedText } from '../../../src/features/outbound/panel/ClippedText';

afterEach(cleanup);

describe('ClippedText (long text from GWS/Twitter: clipped, full text reachable)', () => {
  it('renders short text as it is, with no toggle', () => {
    const { container } = render(<ClippedText text={'<script>window.__pwned=1</script>'} />);
    expect(container.textContent).toBe('<script>window.__pwned=1</script>');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['over 600 characters', 'x'.repeat(601)],
    ['over 6 lines', 'a\nb\nc\nd\ne\nf\ng'],
  ])('clips text %s, keeps all of it in the DOM, and Show all / Show less toggle it', async (_, text) => {
    const { container } = render(<ClippedText text={text} />);
    const clipped = container.querySelector('.clipped-text');
    expect(clipped?.textContent).toBe(text);
    expect(clipped?.hasAttribute('data-clipped')).toBe(true);
    const toggle = screen.getByRole('button', { name: `Show all (${text.length} characters)` });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(clipped?.id);

    await userEvent.click(toggle);
    expect(clipped?.hasAttribute('data-clipped')).toBe(false);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });
});
