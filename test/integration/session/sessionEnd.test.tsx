// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { simControl, startTestSimulator } from '../support/consoleHarness';
import { simStats } from '../support/simStats';
import { renderConsole } from './sessionHarness';

// Sign out, and a session that expires under the agent (HTTP 401), against the real simulator.

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
beforeEach(() => simControl(sim, '/sim/reset'));
afterEach(() => cleanup());
afterAll(async () => {
  await sim?.close();
});

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
    const app = renderConsole(sim);
    await signInAndWrite(app, 'A message I will not send');
    expect(screen.getByText('Cache probe read 1')).toBeDefined();
    await waitFor(async () => expect((await simStats(sim.url)).sessions).toBe(1));

    const banner = await app.signedInBanner();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    // An unsent message: asked first, "Keep working" focused (the safe choice) and it changes nothing.
    const confirm = within(banner).getByRole('group', { name: 'Sign out with an unsent message' });
    expect(confirm.textContent).toContain('Your unsent message will be discarded.');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep working' }));
    await app.user.click(within(confirm).getByRole('button', { name: 'Keep working' }));
    expect(within(composeRegion()).getByLabelText<HTMLTextAreaElement>('Message').value).toBe('A message I will not send');
    expect((await simStats(sim.url)).operations.EndContactCenterSession).toBeUndefined();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out and discard' }));

    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in' })).toBeDefined());
    expect(screen.getByText('You have signed out.').getAttribute('role')).toBe('status');
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    const stats = await simStats(sim.url);
    expect(stats.operations).toMatchObject({ EndContactCenterSession: 1 });
    await waitFor(async () => expect((await simStats(sim.url)).sessions).toBe(0));

    await app.signIn('agent1');
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText<HTMLTextAreaElement>('Message'));
    expect(message.value).toBe('');
    await waitFor(() => expect(screen.getByText('Cache probe read 2')).toBeDefined());
    expect(sessionStorage.length).toBe(0);
  });

  it('with nothing unsent, Sign out does not ask', async () => {
    const app = renderConsole(sim);
    await app.signIn('agent2');
    const banner = await app.signedInBanner();
    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sign in' })).toBeDefined());
  });
});

describe('A reload', () => {
  it('keeps the unsent text (this tab only) for the user who typed it', async () => {
    const first = renderConsole(sim);
    await signInAndWrite(first, 'Typed before the reload');
    cleanup(); // the page goes away; sessionStorage stays with the tab

    const again = renderConsole(sim);
    await again.signIn('agent1');
    await again.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText<HTMLTextAreaElement>('Message'));
    expect(message.value).toBe('Typed before the reload');
  });
});

describe('A session that expires (HTTP 401 later on)', () => {
  it('returns to sign-in with "Your session ended — sign in again", and the unsent text is back after signing in', async () => {
    const app = renderConsole(sim);
    const text = 'Half-written reply that must survive';
    await signInAndWrite(app, text);
    const region = composeRegion();
    await app.user.selectOptions(within(region).getByLabelText('From'), 'gc_support');
    await app.user.selectOptions(within(region).getByLabelText('Queue'), 'Twitter outbound');
    expect(await simControl(sim, '/sim/faults', { expireSessions: true })).toMatchObject({ ok: true, expiredSessions: expect.any(Number) });

    await app.user.click(within(region).getByRole('button', { name: 'Send tweet' }));

    const alert = await app.signInAlert('Your session ended — sign in again.');
    expect(alert.textContent).toContain('Any message you had not sent is kept.');
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('agent1');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    await waitFor(async () => expect((await simStats(sim.url)).sessions).toBe(0));

    await app.user.type(screen.getByLabelText('Password'), 'password');
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText<HTMLTextAreaElement>('Message'));
    expect(message.value).toBe(text);
    // From and Queue as the agent left them, too.
    expect(within(composeRegion()).getByLabelText<HTMLSelectElement>('From').value).toBe('gc_support');
    expect(within(composeRegion()).getByLabelText<HTMLSelectElement>('Queue').value).toBe('/queues/twitter-outbound');
    const stats = await simStats(sim.url);
    expect(stats.unauthorized).toBe(1);
    expect(stats.operations.Create).toBeUndefined();
    expect(stats.operations.Send).toBeUndefined();
  });

  it('another agent signing in after the expiry does not get the unsent text', async () => {
    const app = renderConsole(sim);
    await signInAndWrite(app, 'Not for agent2');
    await simControl(sim, '/sim/faults', { expireSessions: true });
    await app.user.click(within(await app.signedInBanner()).getByRole('button', { name: 'Ready' }));
    await app.signInAlert('Your session ended — sign in again.');

    await app.signIn('agent2');
    await app.signedInBanner();
    const message = await waitFor(() => within(composeRegion()).getByLabelText<HTMLTextAreaElement>('Message'));
    expect(message.value).toBe('');
  });
});
