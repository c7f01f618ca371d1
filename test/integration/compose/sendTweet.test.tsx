// @vitest-environment jsdom
import { waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { sendStatusText, signInAgent, simControl, startTestSimulator, tearDown } from '../support/consoleHarness';
import { operationCounts, renderComposeForm, tweetsWithMessage, uniqueMessage } from './composeForm';
import { match } from '../../asymmetricMatchers';

// Sending through the compose form against the real simulator: Create → Composing → Send → Sent.

let sim: RunningSimulator;
let signedIn: SignedIn | undefined;
/** Bodies of the operations the console POSTed, as sent. */
let posted: unknown[] = [];

beforeAll(async () => {
  sim = await startTestSimulator();
  const recordingFetch: typeof fetch = (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') posted.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  signedIn = await signInAgent(sim, 'agent1', recordingFetch);
});
beforeEach(async () => {
  await simControl(sim, '/sim/reset');
  posted = [];
});
afterAll(async () => {
  await tearDown(signedIn);
  await sim?.close();
});

describe('Compose tweet: sending', () => {
  it('shows the steps, ends in "Sent" with the time it took, clears the message; GWS has the tweet once', async () => {
    const form = renderComposeForm(sim, signedIn!);
    const text = uniqueMessage();
    await form.fill(text, 'gc_sales', 'Customer care');
    await form.user.click(within(form.region).getByRole('checkbox', { name: 'Save me as last agent' }));
    await form.user.click(form.sendButton);

    await form.waitForSent();
    expect(form.statusTrail.slice(0, 2)).toEqual(['Creating draft…', 'Sending…']);
    expect(form.message).toHaveValue('');
    // Nothing red right after Sent (the empty box is the next tweet, not a mistake), and Send stays usable.
    for (const field of ['From', 'Queue', 'Message']) {
      expect(within(form.region).getByLabelText(field)).not.toHaveAttribute('aria-invalid');
    }
    expect(form.sendButton).toBeEnabled();
    expect(form.cancelDraftButton()).not.toBeInTheDocument();

    const tweets = await tweetsWithMessage(sim, 'agent1', text);
    expect(tweets).toHaveLength(1);
    expect(tweets[0]).toMatchObject({
      state: 'Sent',
      from: 'gc_sales',
      twitterType: 'Outbound',
      userData: { ConsoleAgent: 'agent1', ConsoleQueue: '/queues/customer-care' },
    });
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1 });
    expect(posted).toEqual([
      // The agent and the queue go into the draft's userData: GWS names neither on an outbound tweet.
      {
        operationName: 'Create',
        queuePath: '/queues/customer-care',
        userData: { ConsoleAgent: 'agent1', ConsoleQueue: '/queues/customer-care', ConsoleDraftKey: match.any(String) },
      },
      {
        operationName: 'Send',
        queuePath: '/queues/customer-care',
        twitter: { from: 'gc_sales', message: text },
        saveLAR: true,
      },
    ]);
  });

  it('keeps From and Queue for the next tweet, which gets a draft of its own', async () => {
    const form = renderComposeForm(sim, signedIn!);
    await form.fill(uniqueMessage('first'));
    await form.user.click(form.sendButton);
    await form.waitForSent();

    const second = uniqueMessage('second');
    await form.user.click(form.message);
    await form.user.paste(second);
    await form.user.click(form.sendButton);
    await waitForSecondSent(form.statusTrail);

    expect(await tweetsWithMessage(sim, 'agent1', second)).toMatchObject([{ state: 'Sent', from: 'gc_support' }]);
    expect(await operationCounts(sim)).toEqual({ Create: 2, Send: 2 });
  });
});

describe('Compose tweet: while a tweet is being sent', () => {
  it('the text is locked and says so: a correction can never be dropped by the send already on its way', async () => {
    await simControl(sim, '/sim/config', { twitterDelayMs: 1_500 });
    try {
      const form = renderComposeForm(sim, signedIn!);
      const text = uniqueMessage('Locked while sending');
      await form.fill(text);
      await form.user.click(form.sendButton);
      await waitFor(() => expect(form.message).toHaveAttribute('readonly'));
      expect(form.message).toHaveAccessibleDescription(/The message is locked while it is being sent\./);
      await form.user.type(form.message, ' — a late correction');
      expect(form.message).toHaveValue(text);
      await form.waitForSent(5_000);
      expect(form.message).not.toHaveAttribute('readonly');
      expect(await tweetsWithMessage(sim, 'agent1', text)).toHaveLength(1);
    } finally {
      await simControl(sim, '/sim/config', { twitterDelayMs: 20 });
    }
  });

  it('a slow GWS: "Sending…" with the time it has taken, then that GWS is slow and what the agent can do', async () => {
    await simControl(sim, '/sim/config', { twitterDelayMs: 7_000 });
    try {
      const form = renderComposeForm(sim, signedIn!, 15_000);
      await form.fill(uniqueMessage('Slow GWS'));
      await form.user.click(form.sendButton);
      // The elapsed time beside the status (not announced: the status says the step).
      await within(form.region).findByText(/^\d\.\d s$/, {}, { timeout: 3_000 });
      await waitFor(() => expect(sendStatusText()).toBe('Sending… GWS is taking longer than usual: you can keep waiting — nothing is sent twice.'), { timeout: 8_000 });
      await form.waitForSent(10_000);
    } finally {
      await simControl(sim, '/sim/config', { twitterDelayMs: 20 });
    }
  }, 30_000);
});

describe('Compose tweet: the same tweet cannot go out twice', () => {
  it('a double click on Send tweet → one Create and one Send', async () => {
    const form = renderComposeForm(sim, signedIn!);
    const text = uniqueMessage();
    await form.fill(text);
    await form.user.dblClick(form.sendButton);

    await form.waitForSent();
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1 });
    expect(await tweetsWithMessage(sim, 'agent1', text)).toHaveLength(1);
  });

  it('Ctrl+Enter pressed twice → one Create and one Send', async () => {
    const form = renderComposeForm(sim, signedIn!);
    const text = uniqueMessage();
    await form.fill(text);
    await form.user.keyboard('{Control>}{Enter}{Enter}{/Control}');

    await form.waitForSent();
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1 });
    expect(await tweetsWithMessage(sim, 'agent1', text)).toHaveLength(1);
  });

  it('Cmd+Enter sends too', async () => {
    const form = renderComposeForm(sim, signedIn!);
    await form.fill(uniqueMessage());
    await form.user.keyboard('{Meta>}{Enter}{/Meta}');

    await form.waitForSent();
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1 });
  });
});

async function waitForSecondSent(trail: string[]) {
  const { waitFor } = await import('@testing-library/react');
  await waitFor(() => expect(trail.filter((text) => text.startsWith('Sent')).length).toBe(2), { timeout: 5_000 });
}
