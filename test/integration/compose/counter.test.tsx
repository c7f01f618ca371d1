// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
afterEach(() => cleanup());
afterAll(async () => {
  await tearDown(signedIn);
  await sim?.close();
});

async function renderCompose() {
  renderWithApp(sim, <ComposeTweet />, signedIn);
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
  const highlighted = () => region.querySelector('mark')?.textContent;
  return { region, user, message, sendButton, chooseSenderAndQueue, write, counterText, highlighted };
}

describe('Compose tweet: weighted counter', () => {
  it.each([
    ['plain text', 'Hello', '275 characters left'],
    ['a URL (23)', 'Read https://example.com/a/very/long/path/that/is/long', '252 characters left'],
    ['an emoji (2)', '👍', '278 characters left'],
    ['CJK characters (2 each)', '你好', '276 characters left'],
    ['exactly 280', 'a'.repeat(280), '0 characters left'],
  ])('%s: counts like Twitter, nothing highlighted, Send enabled', async (_what, text, expected) => {
    const form = await renderCompose();
    await form.chooseSenderAndQueue();
    await form.write(text);

    expect(form.counterText()).toBe(expected);
    expect(form.highlighted()).toBeUndefined();
    expect((form.message as HTMLTextAreaElement).value).toBe(text);
    expect(form.sendButton).toHaveProperty('disabled', false);
  });

  it('281: the count goes negative, the overflow is highlighted, nothing is cut; Send says why it cannot send', async () => {
    const form = await renderCompose();
    await form.chooseSenderAndQueue();
    await form.write(`${'a'.repeat(280)}b`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('b');
    expect((form.message as HTMLTextAreaElement).value).toHaveLength(281);
    expect(form.sendButton).toHaveProperty('disabled', false);
    await form.user.click(form.sendButton);
    expect(form.message.getAttribute('aria-invalid')).toBe('true');
    expect(within(form.region).getByText(/^Too long: shorten the message to 280 characters/)).toBeDefined();
    expect(document.activeElement).toBe(form.message);
    expect(screen.getByRole('status', { name: 'Send status' }).textContent).toBe('');
  });

  it('an emoji that crosses the limit is highlighted whole (weighted -1)', async () => {
    const form = await renderCompose();
    await form.write(`${'a'.repeat(279)}👍`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('👍');
  });

  it('a screen reader hears the length only near and over the limit, and only when that changes', async () => {
    const form = await renderCompose();
    const announced = () => form.region.querySelector('[aria-live="polite"]')?.textContent;
    expect(form.counterText()).toBe('280 characters left');
    expect(within(form.region).getByText('280 characters left').getAttribute('aria-live')).toBeNull();
    await form.write('Hello');
    expect(announced()).toBe('');
    await form.write('a'.repeat(262));
    expect(announced()).toBe('20 characters or fewer left');
    await form.write('a'.repeat(265));
    expect(announced()).toBe('20 characters or fewer left');
    await form.write('a'.repeat(275));
    expect(announced()).toBe('10 characters or fewer left');
    await form.write('a'.repeat(281));
    expect(announced()).toBe('Over the 280-character limit');
  });
});

describe('Compose tweet: Send is never greyed out without a reason', () => {
  it('a Send with missing values says what is missing next to each field and focuses the first', async () => {
    const form = await renderCompose();
    expect(form.sendButton).toHaveProperty('disabled', false);
    await form.write('Hello there');
    await form.user.selectOptions(within(form.region).getByLabelText('Queue'), 'Twitter outbound');

    await form.user.click(form.sendButton);
    expect(within(form.region).getByText('Choose the account to tweet from.')).toBeDefined();
    expect(within(form.region).queryByText('Choose a queue.')).toBeNull();
    expect(document.activeElement).toBe(within(form.region).getByLabelText('From'));
    expect(screen.getByRole('status', { name: 'Send status' }).textContent).toBe('');

    // Fixed: the error goes as soon as the value is there.
    await form.user.selectOptions(within(form.region).getByLabelText('From'), 'gc_sales');
    expect(within(form.region).queryByText('Choose the account to tweet from.')).toBeNull();
  });

  it('leaving a field (blur) never shows an error: errors come from a Send only', async () => {
    const form = await renderCompose();
    await form.user.click(form.message);
    await form.user.tab();
    await form.user.tab();
    expect(within(form.region).queryByText('Write a message.')).toBeNull();
    expect(within(form.region).queryByRole('paragraph', { name: /error/ })).toBeNull();
    expect(form.region.querySelectorAll('.compose__error')).toHaveLength(0);
  });

  it('Ctrl+Enter on an invalid form sends nothing and names every missing field', async () => {
    const form = await renderCompose();
    await form.user.click(form.message);
    await form.user.keyboard('{Control>}{Enter}{/Control}');

    expect(within(form.region).getByText('Choose the account to tweet from.')).toBeDefined();
    expect(within(form.region).getByText('Choose a queue.')).toBeDefined();
    expect(within(form.region).getByText('Write a message.')).toBeDefined();
    expect(within(form.region).getByLabelText('From').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status', { name: 'Send status' }).textContent).toBe('');
  });

  it("remembers the user's last From and Queue for the next sign-in (this browser, this GWS)", async () => {
    const first = await renderCompose();
    await first.user.selectOptions(within(first.region).getByLabelText('From'), 'gc_sales');
    await first.user.selectOptions(within(first.region).getByLabelText('Queue'), 'Customer care');
    cleanup();

    const again = await renderCompose();
    expect(within(again.region).getByLabelText<HTMLSelectElement>('From').value).toBe('gc_sales');
    expect(within(again.region).getByLabelText<HTMLSelectElement>('Queue').value).toBe('/queues/customer-care');
    expect(Object.keys(localStorage)).toEqual([`gws-tweet-console:compose-choices:${sim.url}:agent1`]);
  });
});
