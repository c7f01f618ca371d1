import { describe, expect, it } from 'vitest';
import { tweetErrorOf, tweetStateOf } from './support/notifications';
import { control, createComposing, listTweets, send } from './support/tweetFlows';
import { simulatorWithAgent } from './support/simulatorWithAgent';

const env = simulatorWithAgent('agent1', { twitterDelayMs: 20 });

describe("Twitter's rules behind Send", () => {
  it('over 280 weighted characters → Error notification with the Send referenceId; the tweet stays Composing and can be re-sent fixed', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const tooLong = '日本'.repeat(71); // 142 characters, weighted 284
    const rejected = await send(env.rest, env.listener, composing.id, { from: 'gc_support', message: tooLong });
    const error = tweetErrorOf(rejected.answer);
    expect(error.referenceId).toBe(rejected.referenceId);
    expect(error.errorMessage).toMatch(/284.*280/);
    expect(error.tweet).toMatchObject({ id: composing.id, state: 'Composing' });
    expect(error.tweet?.capabilities).toContain('Send');
    expect((await listTweets(env.rest)).find((t) => t.id === composing.id)?.state).toBe('Composing');

    const fixed = await send(env.rest, env.listener, composing.id, { from: 'gc_support', message: '日本'.repeat(70) });
    expect(tweetStateOf(fixed.answer).tweet).toMatchObject({ id: composing.id, state: 'Sent' });
  });

  it('exactly 280 plain characters is accepted; a URL counts 23', async () => {
    const plain = await createComposing(env.rest, env.listener);
    expect(tweetStateOf((await send(env.rest, env.listener, plain.id, { from: 'gc_sales', message: 'a'.repeat(280) })).answer).tweet.state).toBe('Sent');
    const withUrl = await createComposing(env.rest, env.listener);
    const message = `${'b'.repeat(256)} https://example.com/${'p'.repeat(200)}`;
    expect(tweetStateOf((await send(env.rest, env.listener, withUrl.id, { from: 'gc_sales', message })).answer).tweet.state).toBe('Sent');
  });

  it("an exact duplicate of the account's previous tweet → Error; another account or changed text is fine", async () => {
    const message = `Our office is open until 6pm (${Date.now()})`;
    const first = await createComposing(env.rest, env.listener);
    expect(tweetStateOf((await send(env.rest, env.listener, first.id, { from: 'gc_support', message })).answer).tweet.state).toBe('Sent');

    const second = await createComposing(env.rest, env.listener);
    const duplicate = await send(env.rest, env.listener, second.id, { from: 'gc_support', message });
    const error = tweetErrorOf(duplicate.answer);
    expect(error.errorMessage).toMatch(/duplicate/i);
    expect(error.tweet?.state).toBe('Composing');

    const otherAccount = await send(env.rest, env.listener, second.id, { from: 'gc_sales', message });
    expect(tweetStateOf(otherAccount.answer).tweet.state).toBe('Sent');
  });

  it('an empty message → Error notification, still Composing', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const error = tweetErrorOf((await send(env.rest, env.listener, composing.id, { from: 'gc_support', message: '   ' })).answer);
    expect(error.tweet?.state).toBe('Composing');
  });

  it('refuses operations while a Send waits for Twitter (statusCode 2)', async () => {
    const composing = await createComposing(env.rest, env.listener);
    await control(env.sim.url, '/sim/config', { twitterDelayMs: 1_000 });
    const twitter = { from: 'gc_support', message: `in flight ${Date.now()}` };
    const first = await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath: '/queues/q', twitter });
    expect(first.status).toBe(200);
    const second = await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Cancel' });
    expect(second.status).toBe(400);
    expect(second.json).toMatchObject({ statusCode: 2 });
    await control(env.sim.url, '/sim/config', { twitterDelayMs: 20 });
  });
});
