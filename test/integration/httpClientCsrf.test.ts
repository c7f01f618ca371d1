import { describe, expect, it } from 'vitest';
import { createGwsHttpClient, GwsError } from '../../src/gws/http';
import { simControl } from '../support/simControl';
import { appClientsPerTest } from './support/appClientsPerTest';
import { RestClient } from './support/restClient';
import { simStats } from './support/simStats';
import { queuePath, requireReferenceId } from './support/tweetFlows';

// The project's HTTP client against the simulator: CSRF rotation is healed by one refresh and one
// retry, the operation reaches the simulator exactly once, and the token goes in whatever header
// GWS names in X-CSRF-HEADER.

const env = appClientsPerTest();

describe('HTTP client ↔ simulator', () => {
  it('CSRF rotated by the server: one 403, one refresh, one retry; Create and Send each reach the simulator once', async () => {
    const sim = await env.startSimulator({ twitterDelayMs: 0 });
    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
    const notifications = env.notificationClient(http, ['/v2/me/twitter']);
    await notifications.connect();
    await http.getMe();
    await http.startContactCenterSession(['twitter']);

    await simControl(sim, '/sim/faults', { rotateCsrf: true });
    const create = await http.createTweet({ queuePath: '/queues/outbound' });
    const composing = await notifications.waitForReference(requireReferenceId(create), 5_000);
    if (composing.kind !== 'tweetState') throw new Error(`expected Composing, got ${composing.kind}`);

    await simControl(sim, '/sim/faults', { rotateCsrf: true });
    const send = await http.sendTweet(composing.tweet.id, { queuePath: '/queues/outbound', twitter: { from: 'gc_support', message: 'CSRF healed' } });
    const sent = await notifications.waitForReference(requireReferenceId(send), 5_000);
    expect(sent).toMatchObject({ kind: 'tweetState', tweet: { state: 'Sent' } });

    const stats = await simStats(sim.url);
    expect(stats.csrfRejected).toBe(2);
    expect(stats.operations.Create).toBe(1);
    expect(stats.operations.Send).toBe(1);
    const { tweets } = await http.listTweets();
    expect(tweets.filter((t) => t.message === 'CSRF healed')).toHaveLength(1);
  });

  it('maps 401 (statusCode 20) to GwsError unauthorized and statusCode 6 to GwsError status with the simulator message', async () => {
    const sim = await env.startSimulator();
    const wrong = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'nope' });
    await expect(wrong.getMe()).rejects.toMatchObject({ kind: 'unauthorized', httpStatus: 401 });

    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
    await http.getMe();
    const error: unknown = await http.cancelTweet('NO-SUCH-TWEET').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GwsError);
    expect(error).toMatchObject({ kind: 'status', statusCode: 6, httpStatus: 404 });
  });
});

describe('a GWS whose CSRF header is not X-CSRF-TOKEN (csrfHeaderName: X-GWS-CSRF)', () => {
  it('the app client reads the name from X-CSRF-HEADER: signs in, starts the session and creates a tweet, never refused', async () => {
    const sim = await env.startSimulator({ csrfHeaderName: 'X-GWS-CSRF', twitterDelayMs: 0 });
    const sent: Headers[] = [];
    const http = createGwsHttpClient({
      baseUrl: sim.url,
      username: 'agent1',
      password: 'password',
      fetch: (input, init) => {
        sent.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const notifications = env.notificationClient(http, ['/v2/me/twitter']);
    await notifications.connect();

    expect((await http.getMe()).user.userName).toBe('agent1');
    expect(http.csrfHeader()?.name.toLowerCase()).toBe('x-gws-csrf');
    expect(await http.startContactCenterSession(['twitter'])).toEqual({ statusCode: 0 });
    const create = await http.createTweet({ queuePath });
    const composing = await notifications.waitForReference(requireReferenceId(create), 5_000);
    expect(composing).toMatchObject({ kind: 'tweetState', tweet: { state: 'Composing' } });

    const posts = sent.filter((headers) => headers.has('x-gws-csrf'));
    expect(posts).toHaveLength(2);
    expect(sent.some((headers) => headers.has('x-csrf-token'))).toBe(false);
    const stats = await simStats(sim.url);
    expect(stats.csrfRejected).toBe(0);
    expect(stats.operations).toMatchObject({ StartContactCenterSession: 1, Create: 1 });
  });

  it('a POST carrying the token under X-CSRF-TOKEN is refused with 403; under X-GWS-CSRF it passes', async () => {
    const sim = await env.startSimulator({ csrfHeaderName: 'X-GWS-CSRF' });
    const rest = new RestClient(sim.url, 'agent1');
    const me = await rest.get('/api/v2/me');
    expect(me.headers.get('x-csrf-header')).toBe('X-GWS-CSRF');
    expect(me.headers.get('x-csrf-token')).toBe(rest.csrfToken);

    const refused = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }, { csrf: { header: 'X-CSRF-TOKEN' } });
    expect(refused.status).toBe(403);
    expect(refused.text).toBe('Missing or invalid Csrf token');
    const accepted = await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }, { csrf: { header: 'X-GWS-CSRF' } });
    expect(accepted.status).toBe(200);
    const stats = await simStats(sim.url);
    expect(stats.csrfRejected).toBe(1);
    expect(stats.operations.Create).toBe(1);
  });
});
