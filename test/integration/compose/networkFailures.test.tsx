// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeSimulator } from '../support/composeSimulator';
import { operationCounts, tweetsWithMessage } from './composeForm';

// The network between the console and GWS fails once, in front of the real simulator.

type Breakage = 'unreachable' | 'answer-lost' | 'proxy-502';

/** A fetch that breaks the first request carrying `operationName`, then works. */
function fetchBreakingOnce(operationName: string, breakage: Breakage): typeof fetch {
  let broken = false;
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    if (broken || !body.includes(`"operationName":"${operationName}"`)) return fetch(input, init);
    broken = true;
    if (breakage === 'unreachable') throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
    if (breakage === 'proxy-502') return new Response('<html><body>Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway' });
    const response = await fetch(input, init);
    await response.text();
    throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
  };
}

const confirmTimeoutMs = 1_500;
const env = composeSimulator();

const sendThrough = (fetchThrough: typeof fetch) => env.sendThrough({ username: 'agent3', from: 'gc_news', fetchThrough, confirmTimeoutMs });

describe('Compose tweet: network failures never send blindly', () => {
  it('the answer to Send is lost after GWS took it: the tweet is confirmed, not sent again', async () => {
    const { form, text } = await sendThrough(fetchBreakingOnce('Send', 'answer-lost'));
    await form.waitForSent();
    expect(form.statusTrail).toContain('Checking with GWS…');
    expect(await tweetsWithMessage(env.sim, 'agent3', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
  });

  it('an HTTP 502 from a proxy on Send: checked, still a draft → says so; Retry sends on the same draft', async () => {
    const { form, text } = await sendThrough(fetchBreakingOnce('Send', 'proxy-502'));

    const alert = await form.waitForAlert(/connection to GWS failed while sending/);
    expect(alert.textContent).toContain('GWS still lists it as a draft (Composing).');
    expect(form.message.value).toBe(text);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1 });

    await form.user.click(form.retryButton());
    await form.waitForSent();
    expect(await tweetsWithMessage(env.sim, 'agent3', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
  });

  it('GWS unreachable on Create: "Cannot reach GWS"; Retry creates and sends once', async () => {
    const { form, text } = await sendThrough(fetchBreakingOnce('Create', 'unreachable'));

    const alert = await form.waitForAlert(/Cannot reach GWS/);
    expect(alert.textContent).toContain('Cannot reach GWS. The tweet was not sent.');
    expect(alert.textContent).toContain('ECONNREFUSED');
    expect(form.cancelDraftButton()).toBeNull();

    await form.user.click(form.retryButton());
    await form.waitForSent();
    expect(await tweetsWithMessage(env.sim, 'agent3', text)).toHaveLength(1);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
  });

  it('the answer to Create is lost after GWS took it: the draft is found by its key, no second Create', async () => {
    const { form, text } = await sendThrough(fetchBreakingOnce('Create', 'answer-lost'));

    await form.waitForSent();
    expect(await tweetsWithMessage(env.sim, 'agent3', text)).toHaveLength(1);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
  });
});
