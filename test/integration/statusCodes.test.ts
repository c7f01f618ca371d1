import { describe, expect, it } from 'vitest';
import { errorBodySchema, type Tweet } from '../../src/gws/schemas';
import type { RestAnswer } from './support/restClient';
import { RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { createComposing, listTweets, queuePath, send } from './support/tweetFlows';
import { simulatorWithAgent } from './support/simulatorWithAgent';

const env = simulatorWithAgent('agent1', { twitterDelayMs: 10 });

/** `{statusCode, statusMessage}` and nothing else, with the expected HTTP status. */
function expectError(answer: RestAnswer, statusCode: number, httpStatus: number): void {
  expect(answer.status, answer.text).toBe(httpStatus);
  const body = errorBodySchema.parse(answer.json);
  expect(body.statusCode).toBe(statusCode);
  expect(body.statusMessage).toEqual(expect.any(String));
  expect(Object.keys(answer.json ?? {}).sort()).toEqual(['statusCode', 'statusMessage']);
}

async function snapshot(): Promise<{ tweets: Tweet[]; published: number }> {
  return { tweets: await listTweets(env.rest), published: (await simStats(env.sim.url)).notificationsPublished };
}

describe('error statusCodes: nothing changes', () => {
  it('1: a required parameter missing (queuePath, twitter, channels, operationName)', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const before = await snapshot();
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create' }), 1, 400);
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath: null }), 1, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath }), 1, 400);
    expectError(
      await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', twitter: { from: 'gc_support', message: 'x' } }),
      1,
      400,
    );
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath, twitter: { from: 'gc_support' } }), 1, 400);
    expectError(await env.rest.post('/api/v2/me', { operationName: 'StartContactCenterSession' }), 1, 400);
    expectError(await env.rest.post('/api/v2/me/tweets', { queuePath }), 1, 400);
    expect(await snapshot()).toEqual(before);
  });

  it('10: a parameter present with a value or type out of range (input validation error)', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const before = await snapshot();
    const twitter = { from: 'gc_support', message: 'x' };
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath: 'queues/x' }), 10, 400);
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath: 42 }), 10, 400);
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath, userData: 'CaseId=7' }), 10, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath, twitter: { from: 'gc_support', message: 5 } }), 10, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath, twitter, saveLAR: 'yes' }), 10, 400);
    expectError(await env.rest.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: 'twitter' }), 10, 400);
    expect(await snapshot()).toEqual(before);
  });

  it('a missing parameter wins over an invalid one in the same body (1)', async () => {
    expectError(await env.rest.post('/api/v2/me/tweets/ANY', { operationName: 'Send', queuePath: 'no-slash' }), 1, 400);
  });

  it('an unknown operationName (or one that is not text) is out of range: 10', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const unknown = await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Retweet' });
    expectError(unknown, 10, 400);
    expect(errorBodySchema.parse(unknown.json).statusMessage).toContain('Retweet');
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 'Send', queuePath }), 10, 400);
    expectError(await env.rest.post('/api/v2/me/tweets', { operationName: 7, queuePath }), 10, 400);
    expectError(await env.rest.post('/api/v2/me/channels/twitter', { operationName: 'Dance' }), 10, 400);
    expect((await simStats(env.sim.url)).operations['(unknown)']).toBeGreaterThanOrEqual(4);
  });

  it('malformed JSON → HTTP 400 with statusCode 1', async () => {
    const answer = await env.rest.request('POST', '/api/v2/me/tweets', { rawBody: '{"operationName": "Create", ' });
    expectError(answer, 1, 400);
  });

  it('a body over 64 KiB → HTTP 413 with statusCode 1, for REST and for CometD', async () => {
    const before = await snapshot();
    const big = { operationName: 'Create', queuePath, userData: { blob: 'x'.repeat(70 * 1024) } };
    expectError(await env.rest.post('/api/v2/me/tweets', big), 1, 413);
    const cometd = await fetch(`${env.sim.url}/api/v2/notifications/connect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: env.rest.authorization },
      body: JSON.stringify([{ channel: '/meta/connect', clientId: 'x', data: 'y'.repeat(70 * 1024) }]),
    });
    expect(cometd.status).toBe(413);
    expect(await cometd.json()).toMatchObject({ statusCode: 1 });
    expect(await snapshot()).toEqual(before);
    expect((await simStats(env.sim.url)).bodyTooLarge).toBe(2);
  });

  it('2: an operation not valid in the state (Send on Sent, Cancel on Canceled, Save on Sent)', async () => {
    const sentTweet = await createComposing(env.rest, env.listener);
    await send(env.rest, env.listener, sentTweet.id, { from: 'gc_support', message: `state test ${Date.now()}` });
    const canceled = await createComposing(env.rest, env.listener);
    await env.rest.post(`/api/v2/me/tweets/${canceled.id}`, { operationName: 'Cancel' });
    await env.listener.waitFor((m) => JSON.stringify(m.data).includes('"Canceled"'));
    const before = await snapshot();

    const twitter = { from: 'gc_support', message: 'again' };
    expectError(await env.rest.post(`/api/v2/me/tweets/${sentTweet.id}`, { operationName: 'Send', queuePath, twitter }), 2, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${sentTweet.id}`, { operationName: 'Save', twitter }), 2, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${canceled.id}`, { operationName: 'Cancel' }), 2, 400);
    expectError(await env.rest.post(`/api/v2/me/tweets/${canceled.id}`, { operationName: 'Complete' }), 2, 400);
    expect(await snapshot()).toEqual(before);
  });

  it('5: sending from an account that is not the agent\'s', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const before = await snapshot();
    const twitter = { from: 'gc_care', message: 'not mine' };
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Send', queuePath, twitter }), 5, 403);
    expectError(await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Save', twitter }), 5, 403);
    expect(await snapshot()).toEqual(before);
  });

  it('6: an unknown tweet id, another agent\'s tweet, an unknown channel or resource', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const before = await snapshot();
    expectError(await env.rest.post('/api/v2/me/tweets/NOSUCHTWEET00000', { operationName: 'Cancel' }), 6, 404);
    const agent2 = new RestClient(env.sim.url, 'agent2');
    expectError(await agent2.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Cancel' }), 6, 404);
    expectError(await env.rest.post('/api/v2/me/channels/fax', { operationName: 'Ready' }), 6, 404);
    expectError(await env.rest.get('/api/v2/me/nothing-here'), 6, 404);
    expect(await snapshot()).toEqual(before);
  });

  it('counts error answers by statusCode in /sim/stats', async () => {
    const stats = await simStats(env.sim.url);
    expect(stats.errors['1']).toBe(11);
    expect(stats.errors['10']).toBe(10);
    expect(stats.errors['2']).toBe(4);
    expect(stats.errors['5']).toBe(2);
    expect(stats.errors['6']).toBe(4);
  });
});
