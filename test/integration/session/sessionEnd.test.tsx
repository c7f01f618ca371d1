// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { consoleSimulatorPerFile, simControl } from '../support/consoleHarness';
import { simStats } from '../support/simStats';
import { renderConsole } from './sessionHarness';
import { match } from '../../asymmetricMatchers';

// Sign out, and a session that expires under the agent (HTTP 401), against the real simulator.

const env = consoleSimulatorPerFile();

function composeRegion() {
  return screen.getByRole('region', { name: 'Compose tweet' });
}

async function signInAndWrite(app: ReturnType<typeof renderConsole>, text: string) {
  await app.signIn('agent1');
  await app.signedInBanner();
  const message = await waitFor(() => within(composeRegion()).getByLabelText('Message'));
  await app.user.click(message);
  await app.user.paste(text);
}

describe('Sign out', () => {
  it('ends the contact-center session, disconnects, clears every cache and the unsent text, back to sign-in', async () => {
    const app = renderConsole(env.sim);
    await signInAndWrite(app, 'A message I will not send');
    expect(screen.getByText('Cache probe read 1')).toBeInTheDocument();
    await waitFor(async () => expect((await simStats(env.sim.url)).sessions).toBe(1));

    const banner = await app.signedInBanner();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    // An unsent message: asked first, "Keep working" focused (the safe choice) and it changes nothing.
    const confirm = within(banner).getByRole('group', { name: 'Sign out with an unsent message' });
    expect(confirm).toHaveTextContent('Your unsent message will be discarded.');
    expect(within(confirm).getByRole('button', { name: 'Keep working' })).toHaveFocus();
    await app.user.click(within(confirm).getByRole('button', { name: 'Keep working' }));
    expect(within(composeRegion()).getByLabelText('Message')).toHaveValue('A message I will not send');
    expect((await simStats(env.sim.url)).operations.EndContactCenterSession).toBeUndefined();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out and discard' }));

    await screen.findByRole('heading', { name: 'Sign in' });
    expect(screen.getByText('You have signed out.')).toHaveAttribute('role', 'status');
    expect(screen.getByLabelText('Username')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    const stats = await simStats(env.sim.url);
    expect(stats.operations).toMatchObject({ EndContactCenterSession: 1 });
    await waitFor(async () => expect((await simStats(env.sim.url)).sessions).toBe(0));

    await app.signIn('agent1');
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText('Message'));
    expect(message).toHaveValue('');
    await screen.findByText('Cache probe read 2');
    expect(sessionStorage.length).toBe(0);
  });

  it('with nothing unsent, Sign out does not ask', async () => {
    const app = renderConsole(env.sim);
    await app.signIn('agent2');
    const banner = await app.signedInBanner();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
  });
});

describe('A reload', () => {
  it('keeps the unsent text (this tab only) for the user who typed it', async () => {
    const first = renderConsole(env.sim);
    await signInAndWrite(first, 'Typed before the reload');
    first.unmount(); // the page goes away; sessionStorage stays with the tab

    const again = renderConsole(env.sim);
    await again.signIn('agent1');
    await again.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText('Message'));
    expect(message).toHaveValue('Typed before the reload');
  });
});

describe('A session that expires (HTTP 401 later on)', () => {
  it('returns to sign-in with "Your session ended — sign in again", and the unsent text is back after signing in', async () => {
    const app = renderConsole(env.sim);
    const text = 'Half-written reply that must survive';
    await signInAndWrite(app, text);
    const region = composeRegion();
    await app.user.selectOptions(within(region).getByLabelText('From'), 'gc_support');
    await app.user.selectOptions(within(region).getByLabelText('Queue'), 'Twitter outbound');
    expect(await simControl(env.sim, '/sim/faults', { expireSessions: true })).toMatchObject({ ok: true, expiredSessions: match.any(Number) });

    await app.user.click(within(region).getByRole('button', { name: 'Send tweet' }));

    const alert = await app.signInAlert('Your session ended — sign in again.');
    expect(alert).toHaveTextContent('Any message you had not sent is kept.');
    expect(screen.getByLabelText('Username')).toHaveValue('agent1');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    await waitFor(async () => expect((await simStats(env.sim.url)).sessions).toBe(0));

    await app.user.type(screen.getByLabelText('Password'), 'password');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText('Message'));
    expect(message).toHaveValue(text);
    // From and Queue as the agent left them, too.
    expect(within(composeRegion()).getByLabelText('From')).toHaveValue('gc_support');
    expect(within(composeRegion()).getByLabelText('Queue')).toHaveValue('/queues/twitter-outbound');
    const stats = await simStats(env.sim.url);
    expect(stats.unauthorized).toBe(1);
    expect(stats.operations.Create).toBeUndefined();
    expect(stats.operations.Send).toBeUndefined();
  });

  it('another agent signing in after the expiry does not get the unsent text', async () => {
    const app = renderConsole(env.sim);
    await signInAndWrite(app, 'Not for agent2');
    await simControl(env.sim, '/sim/faults', { expireSessions: true });
    await app.user.click(within(await app.signedInBanner()).getByRole('button', { name: 'Ready' }));
    await app.signInAlert('Your session ended — sign in again.');

    await app.signIn('agent2');
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText('Message'));
    expect(message).toHaveValue('');
  });
});
