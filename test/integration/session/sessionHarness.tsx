import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { expect } from 'vitest';
import { ConsolePage } from '../../../src/app/ConsolePage';
import { SessionGate } from '../../../src/features/session/SessionGate';
import { nodeSignInDeps, renderWithApp } from '../support/consoleHarness';

let probeReads = 0;

/** A query that stays cached forever: it is read again only if the cache was cleared. */
function CacheProbe() {
  const probe = useQuery({ queryKey: ['cache-probe'], queryFn: () => Promise.resolve(++probeReads), staleTime: Infinity });
  return <p>Cache probe read {probe.data ?? '…'}</p>;
}

/** The app from the session gate down (sign-in page, then the console), against `gws.url`. */
export function renderConsole(gws: { url: string }) {
  const { unmount } = renderWithApp(
    gws,
    <SessionGate signInDeps={nodeSignInDeps()}>
      <ConsolePage />
      <CacheProbe />
    </SessionGate>,
  );
  const user = userEvent.setup({ delay: null });
  return {
    user,
    /** The page goes away (as on a reload). */
    unmount,
    async signIn(username: string, password = 'password') {
      const usernameField = screen.getByLabelText<HTMLInputElement>('Username');
      await user.clear(usernameField);
      await user.type(usernameField, username);
      await user.type(screen.getByLabelText('Password'), password);
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
    },
    /** The console's banner, once the agent is signed in (the sign-in page has a banner of its own). */
    signedInBanner(timeout = 5_000): Promise<HTMLElement> {
      return waitFor(
        () => {
          const banner = screen.getByRole('banner');
          expect(banner).toHaveTextContent('Signed in as');
          return banner;
        },
        { timeout },
      );
    },
    /** The sign-in page's alert, once it says `text`. */
    signInAlert(text: string | RegExp): Promise<HTMLElement> {
      return waitFor(
        () => {
          const alert = screen.getByRole('alert');
          expect(alert.textContent).toMatch(text);
          return alert;
        },
        { timeout: 5_000 },
      );
    },
    twitterState: () => within(screen.getByRole('group', { name: 'Twitter channel' })).getByRole('status').textContent,
  };
}
