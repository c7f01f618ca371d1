// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { simControl } from '../../support/simControl';
import { composeSimulator } from '../support/composeSimulator';
import { simStats } from '../support/simStats';
import { operationCounts, tweetsWithMessage } from './composeForm';

// Faults met by the compose form (the app's own clients in front of the real simulator),
// each asserting that exactly one tweet goes out and each operation reaches GWS exactly once.

const env = composeSimulator();

/** A fetch that runs `before` (once per operation name) ahead of the first request carrying it. */
function fetchWithFaultBefore(before: Record<string, () => Promise<void>>, loseAnswerOf?: string): typeof fetch {
  const done = new Set<string>();
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    const operation = /"operationName":"(\w+)"/.exec(body)?.[1];
    const fault = operation === undefined || done.has(operation) ? undefined : before[operation];
    if (operation === undefined || !fault) return fetch(input, init);
    done.add(operation);
    await fault();
    const response = await fetch(input, init);
    if (operation !== loseAnswerOf) return response;
    await response.text(); // GWS took it; the answer never reaches the console
    throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
  };
}

const sendThrough = (fetchThrough: typeof fetch, confirmTimeoutMs: number) =>
  env.sendThrough({ username: 'agent1', from: 'gc_support', fetchThrough, confirmTimeoutMs });

describe('Compose tweet under server-side faults', () => {
  it('the CSRF token rotated before Create and again before Send: each gets one 403, one refresh; Create and Send reach GWS once each', async () => {
    const rotate = async () => void (await simControl(env.sim, '/sim/faults', { rotateCsrf: true }));
    const { form, text } = await sendThrough(fetchWithFaultBefore({ Create: rotate, Send: rotate }), 5_000);

    await form.waitForSent(10_000);
    expect(form.statusTrail.some((line) => /failed|Retry/i.test(line))).toBe(false);
    expect(form.retryButton).toThrow();
    expect(await tweetsWithMessage(env.sim, 'agent1', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
    expect((await simStats(env.sim.url)).csrfRejected).toBe(2);
  });

  it("Send's answer lost and its Sent notification lost too: the list says Sent, so no Retry and no second Send", async () => {
    const loseNextNotification = async () => void (await simControl(env.sim, '/sim/faults', { dropNotifications: 1 }));
    const { form, text } = await sendThrough(fetchWithFaultBefore({ Send: loseNextNotification }, 'Send'), 1_500);

    await form.waitForSent(15_000);
    expect(form.statusTrail).toContain('Checking with GWS…');
    expect(form.retryButton).toThrow(); // Retry is for a tweet still Composing only
    expect(form.message.value).toBe('');
    const stats = await simStats(env.sim.url);
    expect(stats.notificationsDropped).toBe(1); // the Sent notification: the state came from the list
    expect(await tweetsWithMessage(env.sim, 'agent1', text)).toMatchObject([{ state: 'Sent' }]);
    expect(await operationCounts(env.sim)).toEqual({ Create: 1, Send: 1 });
  });
});
