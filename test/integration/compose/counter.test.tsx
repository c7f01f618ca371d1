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

  it('281: the count goes negative, the overflow is highlighted, Send is disabled, nothing is cut', async () => {
    const form = await renderCompose();
    await form.chooseSenderAndQueue();
    await form.write(`${'a'.repeat(280)}b`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('b');
    expect((form.message as HTMLTextAreaElement).value).toHaveLength(281);
    expect(form.sendButton).toHaveProperty('disabled', true);
    expect(form.message.getAttribute('aria-invalid')).toBe('true');
    expect(within(form.region).getByText(/^Too long: shorten the message to 280 characters/)).toBeDefined();
  });

  it('an emoji that crosses the limit is highlighted whole (weighted -1)', async () => {
    const form = await renderCompose();
    await form.write(`${'a'.repeat(279)}👍`);

    expect(form.counterText()).toBe('-1 character left');
    expect(form.highlighted()).toBe('👍');
  });

  it('the counter is a polite live region', async () => {
    const form = await renderCompose();
    expect(form.counterText()).toBe('280 characters left');
    expect(within(form.region).getByText('280 characters left').getAttribute('aria-live')).toBe('polite');
  });
});

describe('Compose tweet: Send is enabled only for a valid form', () => {
  it('needs a From account, a queue and a non-blank message', async () => {
    const form = await renderCompose();
    expect(form.sendButton).toHaveProperty('disabled', true);

    await form.write('Hello there');
    expect(form.sendButton).toHaveProperty('disabled', true);

    await form.user.selectOptions(within(form.region).getByLabelText('From'), 'gc_sales');
    expect(form.sendButton).toHaveProperty('disabled', true);

    await form.user.selectOptions(within(form.region).getByLabelText('Queue'), 'Twitter outbound');
    expect(form.sendButton).toHaveProperty('disabled', false);

    await form.write('   ');
    expect(form.sendButton).toHaveProperty('disabled', true);
    await form.user.tab();
    expect(within(form.region).getByText('Write a message.')).toBeDefined();
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
});
