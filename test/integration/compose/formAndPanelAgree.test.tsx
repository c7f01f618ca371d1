// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ComposeTweet } from '../../../src/features/compose/ComposeTweet';
import { OutboundPanel } from '../../../src/features/outbound';
import type { SignedIn } from '../../../src/features/session/signIn';
import { startSimulator, type RunningSimulator } from '../../../src/simulator/testing';
import { giveTheListALayout } from '../../unit/outbound/support/listLayout';
import { renderWithApp, sendStatusText, signInAgent, simControl, tearDown } from '../support/consoleHarness';
import { simStats } from '../support/simStats';
import { uniqueMessage } from './composeForm';

// The compose form and the live panel tell the same story: what the send flow learns from GWS (a
// list read after a lost answer) goes into the one cache the panel reads.

let sim: RunningSimulator;
let signedIn: SignedIn | undefined;
let restoreLayout = () => {};

beforeAll(async () => {
  sim = await startSimulator({ twitterDelayMs: 0 });
  restoreLayout = giveTheListALayout();
});
afterEach(async () => {
  await tearDown(signedIn);
  signedIn = undefined;
});
afterAll(async () => {
  restoreLayout();
  await sim?.close();
});

/**
 * A fetch that lets GWS take the Send, then loses its answer (the connection drops on the way back);
 * the Send's Sent notification is lost too (the simulator drops the next notification).
 */
const losingTheSend: typeof fetch = async (input, init) => {
  if (typeof init?.body !== 'string' || !init.body.includes('"operationName":"Send"')) return fetch(input, init);
  await simControl(sim, '/sim/faults', { dropNotifications: 1 });
  const response = await fetch(input, init);
  await response.text();
  throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
};

/** The compose form and the live panel, as the console page shows them; the panel once it has loaded. */
async function renderComposeAndPanel(session: SignedIn, confirmTimeoutMs: number): Promise<HTMLElement> {
  renderWithApp(
    sim,
    <>
      <ComposeTweet confirmTimeoutMs={confirmTimeoutMs} />
      <OutboundPanel />
    </>,
    session,
  );
  return screen.findByRole('region', { name: 'Outbound tweets' }, { timeout: 5_000 });
}

describe('Compose and the live panel agree', () => {
  it("Send's answer and its Sent notification lost: the list is read at once, and the panel shows the tweet Sent with its text", async () => {
    signedIn = await signInAgent(sim, 'agent1', losingTheSend);
    const panel = await renderComposeAndPanel(signedIn, 20_000);
    await within(panel).findByText('No outbound tweets yet.');
    const compose = screen.getByRole('region', { name: 'Compose tweet' });
    const user = userEvent.setup({ delay: null });
    const message = uniqueMessage('Lost answer');
    await user.selectOptions(within(compose).getByLabelText('From'), 'gc_support');
    await user.selectOptions(within(compose).getByLabelText('Queue'), 'Twitter outbound');
    await user.click(within(compose).getByLabelText('Message'));
    await user.paste(message);
    await user.click(within(compose).getByRole('button', { name: 'Send tweet' }));

    // Well before the 20 s confirmation timeout: the lost answer sent the console to the list at once.
    await waitFor(() => expect(sendStatusText()).toMatch(/^Sent \(took \d/), { timeout: 5_000 });
    const row = await within(panel).findByRole('article', { name: /Sent/ }, { timeout: 5_000 });
    expect(row).toHaveTextContent(message);
    expect(within(panel).queryByRole('article', { name: /Composing/ })).not.toBeInTheDocument();
    expect(within(row).queryByText('Stuck')).not.toBeInTheDocument();
    expect((await simStats(sim.url)).notificationsDropped).toBe(1);
    expect((await simStats(sim.url)).operations).toMatchObject({ Create: 1, Send: 1 });
  });

  it('a draft whose Send GWS refused shows, in the panel, the words being sent, the From account and the agent', async () => {
    signedIn = await signInAgent(sim, 'agent1');
    const panel = await renderComposeAndPanel(signedIn, 5_000);
    const compose = screen.getByRole('region', { name: 'Compose tweet' });
    const user = userEvent.setup({ delay: null });
    const message = uniqueMessage('Refused words');
    await user.selectOptions(within(compose).getByLabelText('From'), 'gc_sales');
    await user.selectOptions(within(compose).getByLabelText('Queue'), 'Twitter outbound');
    await user.click(within(compose).getByLabelText('Message'));
    await user.paste(message);
    await simControl(sim, '/sim/faults', { failNext: { errorMessage: 'Twitter is over capacity', operationName: 'Send' } });
    await user.click(within(compose).getByRole('button', { name: 'Send tweet' }));

    const row = await within(panel).findByRole('article', { name: /Error/ }, { timeout: 5_000 });
    expect(row).toHaveTextContent(`${message} (being sent from this console)`);
    expect(row).toHaveTextContent('From @gc_sales');
    expect(row).toHaveTextContent('Agent agent1');
    expect(row).not.toHaveTextContent('(no text yet)');
    expect(within(row).getByRole('heading')).toHaveTextContent('@gc_sales');
  });
});
