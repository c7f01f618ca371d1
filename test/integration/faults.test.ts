import { describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/gws/schemas';
import { answers, tweetErrorOf, tweetStateOf } from './support/notifications';
import { simStats } from './support/simStats';
import { control, createComposing, expectPlainAck, listTweets, queuePath, referenceIdOf, send } from './support/tweetFlows';
import { simulatorWithAgent } from './support/simulatorWithAgent';

const env = simulatorWithAgent('agent3', { twitterDelayMs: 10 });

describe('/sim/faults', () => {
  it('dropSessions: the client gets 402::session_unknown, handshakes again, re-subscribes and receives later notifications', async () => {
    expect(env.listener.handshakes).toBe(1);
    const dropped = await control(env.sim.url, '/sim/faults', { dropSessions: true });
    expect(dropped).toMatchObject({ ok: true, droppedSessions: 1 });
    await env.listener.waitForHandshakes(2);
    await expect.poll(async () => (await simStats(env.sim.url)).sessions).toBe(1);

    const composing = await createComposing(env.rest, env.listener);
    expect(composing.state).toBe('Composing');
    expect((await simStats(env.sim.url)).sessionsDropped).toBe(1);
  });

  it('dropNotifications: N: the next N notifications are lost, later ones arrive', async () => {
    await control(env.sim.url, '/sim/faults', { dropNotifications: 1 });
    const lostRef = referenceIdOf(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    // The same user's next notification: had the first one been delivered, it would have come before.
    const nextRef = referenceIdOf(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    await env.listener.expectNoneBefore(answers(lostRef), answers(nextRef));
    // The lost Create still made its tweet: a client recovers it by re-reading the list.
    expect((await listTweets(env.rest)).filter((t) => t.state === 'Composing').length).toBeGreaterThanOrEqual(2);
    const stats = await simStats(env.sim.url);
    expect(stats.notificationsDropped).toBe(1);
  });

  it('failNext {statusCode}: the next tweet operation fails with that code and HTTP status; nothing changes', async () => {
    const composing = await createComposing(env.rest, env.listener);
    await control(env.sim.url, '/sim/faults', { failNext: { statusCode: 4, statusMessage: 'Back-end is down' } });
    const before = await listTweets(env.rest);
    const failed = await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Cancel' });
    expect(failed.status).toBe(500);
    expect(errorBodySchema.parse(failed.json)).toEqual({ statusCode: 4, statusMessage: 'Back-end is down' });
    expect(await listTweets(env.rest)).toEqual(before);

    const retried = referenceIdOf(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Cancel' }));
    expect(tweetStateOf(await env.listener.waitFor(answers(retried))).tweet.state).toBe('Canceled');
  });

  it('failNext {errorMessage}: accepted, then an Error notification with that text; the tweet is unchanged', async () => {
    const composing = await createComposing(env.rest, env.listener);
    await control(env.sim.url, '/sim/faults', { failNext: { errorMessage: 'Twitter is over capacity' } });
    const { referenceId, answer } = await send(env.rest, env.listener, composing.id, { from: 'gc_news', message: 'fail once' });
    const error = tweetErrorOf(answer);
    expect(error).toMatchObject({ referenceId, errorMessage: 'Twitter is over capacity' });
    expect(error.tweet).toMatchObject({ id: composing.id, state: 'Composing' });

    const again = await send(env.rest, env.listener, composing.id, { from: 'gc_news', message: 'fail once' });
    expect(tweetStateOf(again.answer).tweet.state).toBe('Sent');
  });

  it('failNext {errorMessage} on Create: an Error notification without a tweet', async () => {
    await control(env.sim.url, '/sim/faults', { failNext: { errorMessage: 'No queue' } });
    const referenceId = referenceIdOf(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const error = tweetErrorOf(await env.listener.waitFor(answers(referenceId)));
    expect(error).toMatchObject({ errorMessage: 'No queue', tweet: undefined });
  });

  it('failNext {errorMessage} on Save: a plain ack, then an Error without referenceId, about the tweet', async () => {
    const composing = await createComposing(env.rest, env.listener);
    await control(env.sim.url, '/sim/faults', { failNext: { errorMessage: 'Cannot save', operationName: 'Save' } });
    expectPlainAck(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Save', twitter: { from: 'gc_news', message: 'draft' } }));
    const message = await env.listener.waitFor((m) => JSON.stringify(m.data).includes('Cannot save'));
    expect(message.data).not.toHaveProperty('referenceId');
    expect(tweetErrorOf(message)).toMatchObject({ referenceId: undefined, errorMessage: 'Cannot save', tweet: { id: composing.id, state: 'Composing' } });
  });

  it('delayMs delays REST answers until it is set back to 0', async () => {
    await control(env.sim.url, '/sim/faults', { delayMs: 300 });
    const started = Date.now();
    expect((await env.rest.get('/api/v2/me')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    await control(env.sim.url, '/sim/faults', { delayMs: 0 });
    const quick = Date.now();
    await env.rest.get('/api/v2/me');
    expect(Date.now() - quick).toBeLessThan(250);
  });

  it('rejects an invalid faults body with 400', async () => {
    const response = await fetch(`${env.sim.url}/sim/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ failNext: { statusCode: 0 } }),
    });
    expect(response.status).toBe(400);
    const wrongType = await fetch(`${env.sim.url}/sim/faults`, { method: 'POST', body: '{"dropSessions":true}' });
    expect(wrongType.status).toBe(415);
  });
});
