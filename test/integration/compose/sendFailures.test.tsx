// @vitest-environment jsdom
import { cleanup, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { sendStatusText, signInAgent, simControl, startTestSimulator, tearDown } from '../support/consoleHarness';
import { operationCounts, renderComposeForm, tweetsWithMessage, uniqueMessage } from './composeForm';

// Every way a Send can fail, with the simulator's faults: the form keeps the text, says why, and a
// Retry sends on the same draft (no second Create) so that exactly one tweet goes out.

/** Short where a notification is meant to be missing; generous where one is meant to come. */
const shortConfirmMs = 600;
const confirmTimeoutMs = 3_000;
let sim: RunningSimulator;
let signedIn: SignedIn | undefined;

beforeAll(async () => {
  sim = await startTestSimulator();
  signedIn = await signInAgent(sim, 'agent2');
});
beforeEach(() => simControl(sim, '/sim/reset'));
afterEach(() => cleanup());
afterAll(async () => {
  await tearDown(signedIn);
  await sim?.close();
});

async function failingForm(fault: unknown, confirmMs = confirmTimeoutMs) {
  const form = renderComposeForm(sim, signedIn!, confirmMs);
  const text = uniqueMessage();
  await form.fill(text, 'gc_care');
  await simControl(sim, '/sim/faults', fault);
  await form.user.click(form.sendButton);
  return { form, text };
}

describe('Compose tweet: failures say why and keep the text', () => {
  it('a non-zero statusCode on Send: words for the code, GWS statusMessage as detail; Retry → one Sent tweet, no second Create', async () => {
    const { form, text } = await failingForm({ failNext: { statusCode: 4, statusMessage: 'Back-end is down', operationName: 'Send' } });

    const alert = await form.waitForAlert(/internal error/);
    expect(alert.textContent).toContain('GWS or one of its back-end servers had an internal error. The tweet was not sent.');
    expect(alert.textContent).toContain('GWS said: “Back-end is down” (status code 4).');
    expect(form.message.value).toBe(text);
    expect(form.cancelDraftButton()).not.toBeNull();

    await form.user.click(form.retryButton());
    await form.waitForSent();
    expect(alert.textContent).toBe('');
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 2 });
  });

  it('a statusCode on Create (no permission): no draft to cancel, no Retry (it would only be refused again) but what to change; Send tweet creates and sends', async () => {
    const { form, text } = await failingForm({ failNext: { statusCode: 5, statusMessage: 'Queue not allowed' } });

    const alert = await form.waitForAlert(/permission/);
    expect(alert.textContent).toContain('You do not have permission to do this');
    expect(alert.textContent).toContain('Queue not allowed');
    expect(alert.textContent).toContain('Choose an account you may tweet from, then send again.');
    expect(form.cancelDraftButton()).toBeNull();
    expect(form.queryRetryButton()).toBeNull();

    await form.user.click(form.sendButton);
    await form.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toHaveLength(1);
    expect(await operationCounts(sim)).toEqual({ Create: 2, Send: 1 });
  });

  it('an Error notification after Send shows its errorMessage and what to do; Send tweet again → exactly one Sent tweet', async () => {
    const { form, text } = await failingForm({ failNext: { errorMessage: 'Twitter is over capacity', operationName: 'Send' } });

    const alert = await form.waitForAlert(/over capacity/);
    expect(alert.textContent).toBe('The tweet was not sent.Twitter is over capacityChange the message, then send it again.');
    expect(form.message.value).toBe(text);
    expect(form.queryRetryButton()).toBeNull();

    await form.user.click(form.sendButton);
    await form.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 2 });
  });

  it("Twitter's duplicate rule (simulator): the second identical tweet is refused with its reason", async () => {
    const form = renderComposeForm(sim, signedIn!, confirmTimeoutMs);
    const text = uniqueMessage('Same words');
    await form.fill(text, 'gc_care');
    await form.user.click(form.sendButton);
    await form.waitForSent();

    await form.user.click(form.message);
    await form.user.paste(text);
    await form.user.click(form.sendButton);

    const alert = await form.waitForAlert(/duplicate/);
    expect(alert.textContent).toContain('Twitter refused the tweet: status is a duplicate of the previous tweet of this account.');
    expect(alert.textContent).toContain('Change the message, then send it again.');
    expect(form.queryRetryButton()).toBeNull();
    expect(form.message.value).toBe(text);
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    // The refused tweet stays a draft, to send again once changed, or to cancel.
    expect((await listAll()).map((tweet) => tweet.state)).toEqual(['Sent', 'Composing']);
    expect(form.cancelDraftButton()).not.toBeNull();
  });

  it('lost notifications (Composing and Sent): the draft is found by its key and the list says Sent', async () => {
    const { form, text } = await failingForm({ dropNotifications: 2 }, shortConfirmMs);

    await form.waitForSent();
    expect(form.statusTrail).toContain('Checking with GWS…');
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1 });
  });

  it('no confirmation in time and still Composing: "accepted but not confirmed"; Retry after it went out shows Sent, sends nothing twice', async () => {
    await simControl(sim, '/sim/config', { twitterDelayMs: 2_500 });
    try {
      const { form, text } = await failingForm({}, shortConfirmMs);
      const alert = await form.waitForAlert(/accepted the tweet but has not confirmed it yet/, 3_000);
      expect(alert.textContent).toContain('GWS still lists it as a draft (Composing).');
      expect(form.message.value).toBe(text);

      await waitFor(async () => expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]), { timeout: 5_000 });
      await form.user.click(form.retryButton());
      await form.waitForSent();
      expect(await tweetsWithMessage(sim, 'agent2', text)).toHaveLength(1);
      expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 2 });
    } finally {
      await simControl(sim, '/sim/config', { twitterDelayMs: 20 });
    }
  });

  it('Cancel draft cancels the draft in GWS and keeps the words: the next Send creates a new draft', async () => {
    const { form, text } = await failingForm({ failNext: { errorMessage: 'Try later', operationName: 'Send' } });
    await form.waitForAlert(/Try later/);
    await form.user.type(form.message, ' (edited)');

    const cancel = form.cancelDraftButton();
    expect(cancel).not.toBeNull();
    await form.user.click(cancel!);

    await waitFor(() => expect(sendStatusText()).toBe('Draft canceled. The message is still here, to send again or clear.'));
    expect(form.cancelDraftButton()).toBeNull();
    expect(form.message.value).toBe(`${text} (edited)`);
    expect(within(form.region).getByRole('alert').textContent).toBe('');
    const states = (await listAll()).map((tweet) => tweet.state);
    expect(states).toEqual(['Canceled']);
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 1, Cancel: 1 });

    await form.user.click(form.sendButton);
    await form.waitForSent();
    expect(await operationCounts(sim)).toEqual({ Create: 2, Send: 2, Cancel: 1 });
  });

  it('a Retry pressed again (click, then Ctrl+Enter) while it is in flight sends once', async () => {
    const { form, text } = await failingForm({ failNext: { statusCode: 4, statusMessage: 'Back-end is down', operationName: 'Send' } });
    await form.waitForAlert(/internal error/);

    await form.user.click(form.retryButton());
    await form.user.keyboard('{Control>}{Enter}{/Control}');
    await form.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toHaveLength(1);
    expect(await operationCounts(sim)).toEqual({ Create: 1, Send: 2 });
  });
});

async function listAll() {
  const { listTweets } = await import('../support/tweetFlows');
  const { RestClient } = await import('../support/restClient');
  return listTweets(new RestClient(sim.url, 'agent2'));
}
