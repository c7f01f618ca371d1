// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type ConfigBody, type RunningSimulator } from '../../../src/simulator/testing';
import { defaultUsers, type SimUserInput } from '../../../src/simulator/users';
import { giveTheListALayout } from '../../unit/outbound/support/listLayout';
import { tweetsWithMessage, uniqueMessage } from '../compose/composeForm';
import { sendStatusText } from '../support/consoleHarness';
import { simStats } from '../support/simStats';
import { renderConsole } from './sessionHarness';

// The whole agent's round — sign in, Ready, send, sign out — through the console's UI, against a
// GWS that answers only in the shapes Genesys documents (the simulator's defaults: plain acks for
// the session and channel operations, 8.5.0 channel states without messageType, the From accounts
// under user.settings, userData with a null and a nested list, the SMS application as
// _umsInboundIxnSubmittedBy), and against the older documented variants (plain acks for the Twitter
// operations too, ChannelStateChangeMessageV2, a CSRF header named by X-CSRF-HEADER that is not
// X-CSRF-TOKEN). The console is configured only as the README says: queues, nothing else.

const variants: [string, ConfigBody][] = [
  ['the current pages', {}],
  ['the older pages: plain acks everywhere, ChannelStateChangeMessageV2, CSRF header X-GWS-CSRF', { twitterAcks: 'plain', channelMessages: 'V2', csrfHeaderName: 'X-GWS-CSRF' }],
];

/** An agent nobody has given a Twitter account yet. */
const newAgent: SimUserInput = { userName: 'newagent', password: 'password', roles: ['ROLE_AGENT'], twitterAccounts: [] };
/** A supervisor who also sends. */
const teamLead: SimUserInput = { userName: 'lead', password: 'password', roles: ['ROLE_AGENT', 'ROLE_SUPERVISOR'], twitterAccounts: [{ screenName: 'gc_lead' }] };

describe.each(variants)('a GWS answering as documented — %s', (_name, wire) => {
  let sim: RunningSimulator;
  let restoreLayout = () => {};

  beforeAll(async () => {
    sim = await startSimulator({ twitterDelayMs: 20, ...wire, users: [...defaultUsers, newAgent, teamLead] });
    restoreLayout = giveTheListALayout();
  });
    afterAll(async () => {
    restoreLayout();
    await sim?.close();
  });

  it('signs in, goes Ready, sends (Sent, nothing ignored, the right agent) and signs out', async () => {
    const warn = vi.spyOn(console, 'warn');
    const app = renderConsole(sim);
    await app.signIn('agent1');
    const banner = await app.signedInBanner();

    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Not Ready'));
    await app.user.click(within(banner).getByRole('button', { name: 'Ready' }));
    await waitFor(() => expect(app.twitterState()).toBe('Twitter: Ready'));

    // The From accounts come from user.settings: config.json names none here.
    const compose = screen.getByRole('region', { name: 'Compose tweet' });
    const from = within(compose).getByLabelText<HTMLSelectElement>('From');
    expect([...from.options].map((option) => option.textContent)).toEqual(['Choose an account…', '@gc_support', '@gc_sales']);
    const message = uniqueMessage('Documented GWS');
    await app.user.selectOptions(from, 'gc_sales');
    await app.user.selectOptions(within(compose).getByLabelText('Queue'), 'Twitter outbound');
    await app.user.click(within(compose).getByLabelText('Message'));
    await app.user.paste(message);
    await app.user.click(within(compose).getByRole('button', { name: 'Send tweet' }));
    await waitFor(() => expect(sendStatusText()).toMatch(/^Sent \(took \d/), { timeout: 5_000 });

    const panel = await screen.findByRole('region', { name: 'Outbound tweets' }, { timeout: 5_000 });
    const row = await waitFor(() => within(panel).getByRole('article', { name: /Sent/ }), { timeout: 5_000 });
    expect(row).toHaveTextContent(message);
    expect(row).toHaveTextContent('Agent agent1');
    expect(row).not.toHaveTextContent('esv_smsrv_sim');
    expect(within(panel).queryByText(/ignored/)).not.toBeInTheDocument();
    expect(warn.mock.calls.filter(([line]) => String(line).startsWith('[outbound] ignored'))).toEqual([]);

    const [sent] = await tweetsWithMessage(sim, 'agent1', message);
    expect(sent).toMatchObject({ state: 'Sent', from: 'gc_sales', userData: { ConsoleAgent: 'agent1', RRequestedSkills: null } });
    expect((await simStats(sim.url)).operations).toMatchObject({ StartContactCenterSession: 1, Ready: 1, Create: 1, Send: 1 });

    await app.user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect((await simStats(sim.url)).operations).toMatchObject({ EndContactCenterSession: 1 });
    warn.mockRestore();
  });

  it('an agent whose GWS settings name no Twitter account (and config.json neither) is told which fields to set', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const app = renderConsole(sim);
    await app.signIn('newagent');
    await app.signedInBanner();
    const note = within(screen.getByRole('region', { name: 'Compose tweet' })).getByRole('note');
    expect(note.textContent).toBe(
      'No Twitter account is available to you. An administrator can list yours (comma-separated) in your GWS settings, ' +
        "section interaction-workspace, option twitter.from-accounts — or in the console's config.json, field twitterAccounts.",
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('newagent has no Twitter account'));
    warn.mockRestore();
  });

  it('a supervisor who has an account opens Compose on demand, and closes it again', async () => {
    const app = renderConsole(sim);
    await app.signIn('lead');
    await app.signedInBanner();
    expect(screen.queryByRole('region', { name: 'Compose tweet' })).not.toBeInTheDocument();
    const open = await screen.findByRole('button', { name: 'Compose a tweet' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(open);
    const compose = await screen.findByRole('region', { name: 'Compose tweet' });
    expect(within(compose).getByLabelText('From')).toHaveDisplayValue('@gc_lead');
    await app.user.click(screen.getByRole('button', { name: 'Close Compose' }));
    expect(screen.queryByRole('region', { name: 'Compose tweet' })).not.toBeInTheDocument();
  });
});
