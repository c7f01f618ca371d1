import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { ComposeTweet } from '../../../src/features/compose/ComposeTweet';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { Tweet } from '../../../src/gws/schemas';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { renderWithApp, sendStatusText } from '../support/consoleHarness';
import { RestClient } from '../support/restClient';
import { simStats } from '../support/simStats';
import { listTweets } from '../support/tweetFlows';

/** The compose form rendered for a signed-in agent, with the steps a user takes. */
export function renderComposeForm(sim: RunningSimulator, signedIn: SignedIn, confirmTimeoutMs = 5_000) {
  renderWithApp(sim, <ComposeTweet confirmTimeoutMs={confirmTimeoutMs} />, signedIn);
  const region = screen.getByRole('region', { name: 'Compose tweet' });
  const user = userEvent.setup({ delay: null });
  const message = within(region).getByLabelText<HTMLTextAreaElement>('Message');
  const sendButton = within(region).getByRole('button', { name: 'Send tweet' });

  /** Every text the Send status region showed, in order. */
  const statusTrail: string[] = [];
  const statusElement = screen.getByRole('status', { name: 'Send status' });
  const observer = new MutationObserver(() => {
    const text = statusElement.textContent ?? '';
    if (text !== '' && statusTrail.at(-1) !== text) statusTrail.push(text);
  });
  observer.observe(statusElement, { childList: true, characterData: true, subtree: true });

  return {
    region,
    user,
    message,
    sendButton,
    statusTrail,
    async fill(text: string, from = 'gc_support', queue = 'Twitter outbound') {
      await user.selectOptions(within(region).getByLabelText('From'), from);
      await user.selectOptions(within(region).getByLabelText('Queue'), queue);
      await user.clear(message);
      await user.click(message);
      await user.paste(text);
    },
    async waitForSent(timeout = 5_000) {
      await waitFor(() => expect(sendStatusText()).toMatch(/^Sent \(took \d+(\.\d)? s\)$/), { timeout });
    },
    async waitForAlert(text: string | RegExp, timeout = 5_000): Promise<HTMLElement> {
      const alert = within(region).getByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(text), { timeout });
      return alert;
    },
    retryButton: () => within(region).getByRole('button', { name: 'Retry' }),
    queryRetryButton: () => within(region).queryByRole('button', { name: 'Retry' }),
    cancelDraftButton: () => within(region).queryByRole('button', { name: 'Cancel draft' }),
  };
}

export type ComposeForm = ReturnType<typeof renderComposeForm>;

/** The agent's tweets whose message is `message`, as GWS lists them. */
export async function tweetsWithMessage(sim: RunningSimulator, user: string, message: string): Promise<Tweet[]> {
  return (await listTweets(new RestClient(sim.url, user))).filter((tweet) => tweet.message === message);
}

/** How many times each operation reached the simulator since the last /sim/reset. */
export async function operationCounts(sim: RunningSimulator): Promise<Record<string, number>> {
  return (await simStats(sim.url)).operations;
}

let counter = 0;
/** A message no other test sends (Twitter refuses exact duplicates). */
export function uniqueMessage(prefix = 'Hello from the console'): string {
  counter += 1;
  return `${prefix} #${counter} ${Date.now().toString(36)}`;
}
