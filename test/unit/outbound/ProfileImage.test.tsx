// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileImage } from '../../../src/features/outbound/panel/ProfileImage';

describe('ProfileImage', () => {
  it('shows the image at a fixed size, lazily and without a referrer', () => {
    render(<ProfileImage url="https://pbs.twimg.com/profile_images/1/a_normal.png" screenName="vitaliy_onv" />);
    const image = screen.getByRole('img', { name: '@vitaliy_onv profile image' });
    expect(image.tagName).toBe('IMG');
    expect(image).toHaveAttribute('width', '48');
    expect(image).toHaveAttribute('height', '48');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('falls back to a generated initials avatar, with the same name, when the image fails to load', () => {
    render(<ProfileImage url="https://broken.example/none.png" screenName="gc_support" />);
    fireEvent.error(screen.getByRole('img', { name: '@gc_support profile image' }));
    const avatar = screen.getByRole('img', { name: '@gc_support profile image' });
    expect(avatar.tagName).toBe('SPAN');
    expect(avatar).toHaveTextContent(/^GS$/);
  });

  it('uses the initials avatar when there is no usable URL', () => {
    render(<ProfileImage url={undefined} screenName={undefined} />);
    expect(screen.getByRole('img', { name: 'Profile image' })).toHaveTextContent(/^\?$/);
  });
});
