// @vitest-environment jsdom
import { waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { sendStatusText, signInAgent, simControl, startTestSimulator, tearDown } from '../support/consoleHarness';
import { RestClient } from '../support/restClient';
import { simStats } from '../support/simStats';
import { listTweets } from '../support/tweetFlows';
import { renderComposeForm, tweetsWithMessage, uniqueMessage } from './composeForm';

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
afterAll(async () => {
  await tearDown(signedIn);
  await sim?.close();
});

async function failingForm(fault: unknown, confirmMs = confirmTimeoutMs) {
  const view = renderComposeForm(sim, signedIn!, confirmMs);
  const text = uniqueMessage();
  await view.fill(text, 'gc_care');
  await simControl(sim, '/sim/faults', fault);
  await view.user.click(view.sendButton);
  return { view, text };
}

/** What reached the simulator since the reset: operations by name, and the statusCodes it refused some with. */
async function reached(): Promise<{ operations: Record<string, number>; refusals: Record<string, number> }> {
  const { operations, errors } = await simStats(sim.url);
  return { operations, refusals: errors };
}

const listAll = () => listTweets(new RestClient(sim.url, 'agent2'));

describe('Compose tweet: failures say why and keep the text', () => {
  it('a non-zero statusCode on Send: words for the code, GWS statusMessage as detail; Retry → one Sent tweet, no second Create', async () => {
    const { view, text } = await failingForm({ failNext: { statusCode: 4, statusMessage: 'Back-end is down', operationName: 'Send' } });

    const alert = await view.waitForAlert(/internal error/);
    expect(alert).toHaveTextContent('GWS or one of its back-end servers had an internal error. The tweet was not sent.');
    expect(alert).toHaveTextContent('GWS said: “Back-end is down” (status code 4).');
    expect(view.message).toHaveValue(text);
    expect(view.cancelDraftButton()).toBeInTheDocument();

    await view.user.click(view.retryButton());
    await view.waitForSent();
    expect(alert).toBeEmptyDOMElement();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await reached()).toEqual({ operations: { Create: 1, Send: 2 }, refusals: { 4: 1 } });
  });

  it('a statusCode on Create (no permission): no draft to cancel, no Retry (it would only be refused again) but what to change; Send tweet creates and sends', async () => {
    const { view, text } = await failingForm({ failNext: { statusCode: 5, statusMessage: 'Queue not allowed' } });

    const alert = await view.waitForAlert(/permission/);
    expect(alert).toHaveTextContent('You do not have permission to do this');
    expect(alert).toHaveTextContent('Queue not allowed');
    expect(alert).toHaveTextContent('Choose an account you may tweet from, then send again.');
    expect(view.cancelDraftButton()).not.toBeInTheDocument();
    expect(view.queryRetryButton()).not.toBeInTheDocument();

    await view.user.click(view.sendButton);
    await view.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toHaveLength(1);
    expect(await reached()).toEqual({ operations: { Create: 2, Send: 1 }, refusals: { 5: 1 } });
  });

  it('an Error notification after Send shows its errorMessage and what to do; Send tweet again → exactly one Sent tweet', async () => {
    const { view, text } = await failingForm({ failNext: { errorMessage: 'Twitter is over capacity', operationName: 'Send' } });

    const alert = await view.waitForAlert(/over capacity/);
    expect(alert.textContent).toBe('The tweet was not sent.Twitter is over capacityChange the message, then send it again.');
    expect(view.message).toHaveValue(text);
    expect(view.queryRetryButton()).not.toBeInTheDocument();

    await view.user.click(view.sendButton);
    await view.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await reached()).toEqual({ operations: { Create: 1, Send: 2 }, refusals: {} });
  });

  it("Twitter's duplicate rule (simulator): the second identical tweet is refused with its reason", async () => {
    const view = renderComposeForm(sim, signedIn!, confirmTimeoutMs);
    const text = uniqueMessage('Same words');
    await view.fill(text, 'gc_care');
    await view.user.click(view.sendButton);
    await view.waitForSent();

    await view.user.click(view.message);
    await view.user.paste(text);
    await view.user.click(view.sendButton);

    const alert = await view.waitForAlert(/duplicate/);
    expect(alert).toHaveTextContent('Twitter refused the tweet: status is a duplicate of the previous tweet of this account.');
    expect(alert).toHaveTextContent('Change the message, then send it again.');
    expect(view.queryRetryButton()).not.toBeInTheDocument();
    expect(view.message).toHaveValue(text);
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    // The refused tweet stays a draft, to send again once changed, or to cancel.
    expect((await listAll()).map((tweet) => tweet.state)).toEqual(['Sent', 'Composing']);
    expect(view.cancelDraftButton()).toBeInTheDocument();
  });

  it('lost notifications (Composing and Sent): the draft is found by its key and the list says Sent', async () => {
    const { view, text } = await failingForm({ dropNotifications: 2 }, shortConfirmMs);

    await view.waitForSent();
    expect(view.statusTrail).toContain('Checking with GWS…');
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await reached()).toEqual({ operations: { Create: 1, Send: 1 }, refusals: {} });
  });

  it('no confirmation in time and still Composing: "accepted but not confirmed"; the Retry after it went out is refused by GWS (not valid for a Sent tweet), the form shows Sent, the tweet went out once', async () => {
    await simControl(sim, '/sim/config', { twitterDelayMs: 2_500 });
    try {
      const { view, text } = await failingForm({}, shortConfirmMs);
      const alert = await view.waitForAlert(/accepted the tweet but has not confirmed it yet/, 3_000);
      expect(alert).toHaveTextContent('GWS still lists it as a draft (Composing).');
      expect(view.message).toHaveValue(text);

      await waitFor(async () => expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]), { timeout: 5_000 });
      await view.user.click(view.retryButton());
      await view.waitForSent();
      expect(await tweetsWithMessage(sim, 'agent2', text)).toHaveLength(1);
      // Two Sends reached GWS; it refused the second (statusCode 2), so only the first went on to
      // Twitter: one Composing and one Sent notification, nothing more.
      expect(await reached()).toEqual({ operations: { Create: 1, Send: 2 }, refusals: { 2: 1 } });
      expect((await simStats(sim.url)).notificationsPublished).toBe(2);
    } finally {
      await simControl(sim, '/sim/config', { twitterDelayMs: 20 });
    }
  });

  it('Cancel draft cancels the draft in GWS and keeps the words: the next Send creates a new draft', async () => {
    const { view, text } = await failingForm({ failNext: { errorMessage: 'Try later', operationName: 'Send' } });
    await view.waitForAlert(/Try later/);
    await view.user.type(view.message, ' (edited)');

    const cancel = view.cancelDraftButton();
    expect(cancel).toBeInTheDocument();
    await view.user.click(cancel!);

    await waitFor(() => expect(sendStatusText()).toBe('Draft canceled. The message is still here, to send again or clear.'));
    expect(view.cancelDraftButton()).not.toBeInTheDocument();
    expect(view.message).toHaveValue(`${text} (edited)`);
    expect(within(view.region).getByRole('alert')).toBeEmptyDOMElement();
    const states = (await listAll()).map((tweet) => tweet.state);
    expect(states).toEqual(['Canceled']);
    expect((await reached()).operations).toEqual({ Create: 1, Send: 1, Cancel: 1 });

    await view.user.click(view.sendButton);
    await view.waitForSent();
    expect((await reached()).operations).toEqual({ Create: 2, Send: 2, Cancel: 1 });
  });

  it('a Retry pressed again (click, then Ctrl+Enter) while it is in flight: one Retry Send reaches GWS (two Sends with the failed one), one Sent tweet', async () => {
    const { view, text } = await failingForm({ failNext: { statusCode: 4, statusMessage: 'Back-end is down', operationName: 'Send' } });
    await view.waitForAlert(/internal error/);

    await view.user.click(view.retryButton());
    await view.user.keyboard('{Control>}{Enter}{/Control}');
    await view.waitForSent();
    expect(await tweetsWithMessage(sim, 'agent2', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await reached()).toEqual({ operations: { Create: 1, Send: 2 }, refusals: { 4: 1 } });
  });
});
