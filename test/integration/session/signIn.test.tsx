// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { consoleSimulatorPerFile, simControl } from '../support/consoleHarness';
import { simStats } from '../support/simStats';
import { renderConsole } from './sessionHarness';

// Sign-in, the header's Ready / Not Ready, and sign-in errors, against the real simulator.

const env = consoleSimulatorPerFile();

/** A local port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('Sign in', () => {
  it('signs agent1 in: name, Twitter Not Ready (from the Start notification), connected, the compose form', async () => {
    const app = renderConsole(env.sim);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(env.sim.url);

    await app.signIn('agent1');

    const banner = await app.signedInBanner();
    expect(banner).toHaveTextContent('Signed in as Alice Agent (agent1)');
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Not Ready'));
    await waitFor(() => expect(within(banner).getByRole('status', { name: 'Connection' })).toHaveTextContent('Live'));
    expect(screen.getByRole('region', { name: 'Compose tweet' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Not Ready' })).toHaveAttribute('aria-pressed', 'true');
    expect((await simStats(env.sim.url)).operations).toEqual({ StartContactCenterSession: 1 });
    expect(localStorage.length + sessionStorage.length).toBe(0);
    // The first field still to fill has the focus: agent1 has two accounts, nothing chosen yet.
    expect(within(screen.getByRole('region', { name: 'Compose tweet' })).getByLabelText('From')).toHaveFocus();
  });

  it('signs a supervisor without a Twitter account in: no Compose form, no Ready / Not Ready, their own tweets said plainly', async () => {
    const app = renderConsole(env.sim);
    await app.signIn('supervisor');
    const banner = await app.signedInBanner();
    await waitFor(() => expect(within(banner).getByRole('status', { name: 'Connection' })).toHaveTextContent('Live'));
    const panel = await screen.findByRole('region', { name: 'Outbound tweets' });
    // This config has no team feed: GWS gives the supervisor their own tweets, and the panel says so.
    expect(within(panel).getByRole('note')).toHaveTextContent(/^Your tweets — no team feed is configured/);
    expect(screen.queryByRole('region', { name: 'Compose tweet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Compose a tweet' })).not.toBeInTheDocument();
    expect(within(banner).queryByRole('group', { name: 'Twitter channel' })).not.toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('Ready / Not Ready change the Twitter channel, as GWS confirms it', async () => {
    const app = renderConsole(env.sim);
    await app.signIn('agent2');
    const banner = await app.signedInBanner();
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Not Ready'));

    await app.user.click(within(banner).getByRole('button', { name: 'Ready' }));
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Ready'));
    expect(within(banner).getByRole('button', { name: 'Ready' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(banner).getByRole('button', { name: 'Not Ready' })).toHaveAttribute('aria-pressed', 'false');

    await app.user.click(within(banner).getByRole('button', { name: 'Not Ready' }));
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Not Ready'));
    expect((await simStats(env.sim.url)).operations).toMatchObject({ Ready: 1, NotReady: 1 });
  });

  it('a refused Ready says why and keeps the confirmed state', async () => {
    const app = renderConsole(env.sim);
    await app.signIn('agent3');
    const banner = await app.signedInBanner();
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Not Ready'));
    await simControl(env.sim, '/sim/faults', { failNext: { statusCode: 3, statusMessage: 'Agent is on break', operationName: 'Ready' } });

    await app.user.click(within(banner).getByRole('button', { name: 'Ready' }));
    const alert = await waitFor(() => within(banner).getByRole('alert'));
    expect(alert.textContent).toBe('Could not change the Twitter state. GWS error 3: Agent is on break');
    expect(app.twitterState()).toBe('Twitter: Not Ready');
  });
});

describe('Sign-in errors, next to the form: the password is cleared, the username kept', () => {
  it('wrong credentials (401)', async () => {
    const app = renderConsole(env.sim);
    await app.signIn('agent1', 'not-the-password');

    const alert = await app.signInAlert('Wrong username or password.');
    expect(alert).toHaveTextContent('Check them and try again.');
    expect(screen.getByLabelText('Username')).toHaveValue('agent1');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Compose tweet' })).not.toBeInTheDocument();

    await app.user.type(screen.getByLabelText('Password'), 'password');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    await app.signedInBanner();
  });

  it('GWS unreachable (network)', async () => {
    const deadUrl = `http://127.0.0.1:${await closedPort()}`;
    const app = renderConsole({ url: deadUrl });
    await app.signIn('agent1');

    const alert = await app.signInAlert(`Cannot reach GWS at ${deadUrl}.`);
    expect(alert).toHaveTextContent('ECONNREFUSED');
    expect(screen.getByLabelText('Username')).toHaveValue('agent1');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('a GWS error: its statusCode and statusMessage; nothing is left connected', async () => {
    await simControl(env.sim, '/sim/faults', {
      failNext: { statusCode: 4, statusMessage: 'Contact center is down', operationName: 'StartContactCenterSession' },
    });
    const app = renderConsole(env.sim);
    await app.signIn('agent1');

    await app.signInAlert('GWS error 4: Contact center is down');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    await waitFor(async () => expect((await simStats(env.sim.url)).sessions).toBe(0));
  });

  it('empty fields are named before anything is sent', async () => {
    const app = renderConsole(env.sim);
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));

    await app.signInAlert('Enter your username and password.');
    expect((await simStats(env.sim.url)).requests).toBe(0);
  });
});
