// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComposeTweet } from '../../../src/features/compose/ComposeTweet';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { renderWithApp, signInAgent, startTestSimulator, tearDown } from '../support/consoleHarness';

// The compose form's weighted counter and its validity, with a real signed-in session.

let sim: RunningSimulator;
let signedIn: SignedIn | undefined;

// Nothing is sent here: one session serves every test.
beforeAll(async () => {
  sim = await startTestSimulator();
  signedIn = await signInAgent(sim, 'agent1');
});
afterAll(async () => {
  await tearDown(signedIn);
  await sim?.close();
});

function renderCompose() {
  const { unmount } = renderWithApp(sim, <ComposeTweet />, signedIn);
  const region = screen.getByRole('region', { name: 'Compose tweet' });
  const user = userEvent.setup({ delay: null });
  const message = within(region).getByLabelText('Message');
  const sendButton = within(region).getByRole('button', { name: 'Send tweet' });
  const chooseSenderAndQueue = async () => {
    await user.selectOptions(within(region).getByLabelText('From'), 'gc_support');
    await user.selectOptions(within(region).getByLabelText('Queue'), 'Customer care');
  };
  const write = async (text: string) => {
    await user.clear(message);
    if (text !== '') {
      await user.click(message);
      await user.paste(text);
    }
  };
  const counterText = () => within(region).getByText(/characters? left$/).textContent;
  // The highlight is drawn behind the textarea, hidden from the accessibility tree (the counter says it).
  const highlighted = () => within(region).queryByRole('mark', { hidden: true })?.textContent ?? undefined;
  /** The live announcement of the length, when there is one. */
  const announcement = () => within(region).queryByText(/^(\d+ characters or fewer left|Over the \d+-character limit)$/);
  return { region, user, message, sendButton, chooseSenderAndQueue, write, counterText, highlighted, announcement, unmount };
}

describe('Compose tweet: weighted counter', () => {
  it.each([
    ['plain text', 'Hello', '275 characters left'],
    ['a URL (23)', 'Read https://example.com/a/very/long/path/that/is/long', '252 characters left'],
    ['an emoji (2)', '👍', '278 characters left'],
    ['CJK characters (2 each)', '你好', '276 characters left'],
    ['exactly 280', 'a'.repeat(280), '0 characters left'],
  ])('%s: counts like Twitter, nothing highlighted, Send enabled', async (_what, text, expected) => {
    const form = renderCompose();
    await form.chooseSenderAndQueue();
    await form.write(text);

    expect(form.counterText()).toBe(expected);
    expect(form.highlighted()).toBeUndefined();
    expect(form.message).toHaveValue(text);
    expect(form.sendButton).toBeEnabled();
  });

  it('281: the count goes negative, the overflow is highlighted, nothing is cut; Send says why it cannot send', async () => {
    const form = renderCompose();
    await form.chooseSenderAndQueue();
    await form.write(`${'a'.repeat(280)}b`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('b');
    expect(form.message).toHaveValue(`${'a'.repeat(280)}b`);
    expect(form.sendButton).toBeEnabled();
    await form.user.click(form.sendButton);
    expect(form.message).toHaveAttribute('aria-invalid', 'true');
    expect(form.message).toHaveAccessibleDescription(/Too long: shorten the message to 280 characters/);
    expect(form.message).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Send status' })).toBeEmptyDOMElement();
  });

  it('an emoji that crosses the limit is highlighted whole (weighted -1)', async () => {
    const form = renderCompose();
    await form.write(`${'a'.repeat(279)}👍`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('👍');
  });

  it('a screen reader hears the length only near and over the limit, and only when that changes', async () => {
    const form = renderCompose();
    expect(form.counterText()).toBe('280 characters left');
    expect(within(form.region).getByText('280 characters left')).not.toHaveAttribute('aria-live');
    await form.write('Hello');
    expect(form.announcement()).not.toBeInTheDocument();
    await form.write('a'.repeat(262));
    expect(form.announcement()).toHaveTextContent('20 characters or fewer left');
    expect(form.announcement()).toHaveAttribute('aria-live', 'polite');
    await form.write('a'.repeat(265));
    expect(form.announcement()).toHaveTextContent('20 characters or fewer left');
    await form.write('a'.repeat(275));
    expect(form.announcement()).toHaveTextContent('10 characters or fewer left');
    await form.write('a'.repeat(281));
    expect(form.announcement()).toHaveTextContent('Over the 280-character limit');
  });
});

describe('Compose tweet: Send is never greyed out without a reason', () => {
  it('a Send with missing values says what is missing next to each field and focuses the first', async () => {
    const form = renderCompose();
    expect(form.sendButton).toBeEnabled();
    await form.write('Hello there');
    await form.user.selectOptions(within(form.region).getByLabelText('Queue'), 'Twitter outbound');

    await form.user.click(form.sendButton);
    expect(within(form.region).getByLabelText('From')).toHaveAccessibleDescription('Choose the account to tweet from.');
    expect(within(form.region).queryByText('Choose a queue.')).not.toBeInTheDocument();
    expect(within(form.region).getByLabelText('From')).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Send status' })).toBeEmptyDOMElement();

    // Fixed: the error goes as soon as the value is there.
    await form.user.selectOptions(within(form.region).getByLabelText('From'), 'gc_sales');
    expect(within(form.region).queryByText('Choose the account to tweet from.')).not.toBeInTheDocument();
  });

  it('leaving a field (blur) never shows an error: errors come from a Send only', async () => {
    const form = renderCompose();
    await form.user.click(form.message);
    await form.user.tab();
    await form.user.tab();
    // A field with an error is marked invalid and points at it: none is.
    for (const field of ['From', 'Queue', 'Message']) {
      expect(within(form.region).getByLabelText(field)).not.toHaveAttribute('aria-invalid');
    }
    expect(within(form.region).queryByText('Write a message.')).not.toBeInTheDocument();
  });

  it('Ctrl+Enter on an invalid form sends nothing and names every missing field', async () => {
    const form = renderCompose();
    await form.user.click(form.message);
    await form.user.keyboard('{Control>}{Enter}{/Control}');

    expect(within(form.region).getByLabelText('From')).toHaveAccessibleDescription('Choose the account to tweet from.');
    expect(within(form.region).getByLabelText('Queue')).toHaveAccessibleDescription('Choose a queue.');
    expect(form.message).toHaveAccessibleDescription(/Write a message\.$/);
    expect(within(form.region).getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('status', { name: 'Send status' })).toBeEmptyDOMElement();
  });

  it("remembers the user's last From and Queue for the next sign-in (this browser, this GWS)", async () => {
    const first = renderCompose();
    await first.user.selectOptions(within(first.region).getByLabelText('From'), 'gc_sales');
    await first.user.selectOptions(within(first.region).getByLabelText('Queue'), 'Customer care');
    first.unmount();

    const again = renderCompose();
    expect(within(again.region).getByLabelText('From')).toHaveValue('gc_sales');
    expect(within(again.region).getByLabelText('Queue')).toHaveValue('/queues/customer-care');
    expect(Object.keys(localStorage)).toEqual([`gws-tweet-console:compose-choices:${sim.url}:agent1`]);
  });
});
