import { afterEach, describe, expect, it } from 'vitest';
import { createGwsHttpClient, GwsError, type GwsHttpClient } from '../../../src/gws/http';
import {
  startScriptedHttpServer,
  unusedBaseUrl,
  type RecordedRequest,
  type ScriptedHttpServer,
  type ScriptedReply,
} from './support/scriptedHttpServer';

const ack = (referenceId: number): ScriptedReply => ({ json: { statusCode: 0, referenceId } });
const me = { statusCode: 0, user: { id: 'u1', userName: 'agent1', firstName: 'Ann' } };
const csrfHeaders = (token: string) => ({ 'X-CSRF-HEADER': 'X-CSRF-TOKEN', 'X-CSRF-TOKEN': token });
const csrfRefusal: ScriptedReply = { status: 403, text: 'Missing or invalid Csrf token' };

let server: ScriptedHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(answer: (request: RecordedRequest) => ScriptedReply, timeoutMs?: number) {
  server = await startScriptedHttpServer(answer);
  const client = createGwsHttpClient({ baseUrl: server.baseUrl, username: 'agent1', password: 'pässwörd €', timeoutMs });
  return { client, requests: server.requests };
}

async function failureOf(call: Promise<unknown>): Promise<GwsError> {
  const error: unknown = await call.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof GwsError)) throw new Error(`expected a GwsError, got ${String(error)}`);
  return error;
}

describe('createGwsHttpClient: session', () => {
  it('sends Basic authorization of the UTF-8 user:password and parses /me', async () => {
    const { client, requests } = await clientFor(() => ({ json: me }));
    const expected = `Basic ${Buffer.from('agent1:pässwörd €', 'utf8').toString('base64')}`;

    const answer = await client.getMe();

    expect(client.authorization).toBe(expected);
    expect(requests[0]?.headers.authorization).toBe(expected);
    expect(requests[0]?.url).toBe('/api/v2/me?subresources=*');
    expect(answer.user.userName).toBe('agent1');
  });

  it('sends back the cookies the server set', async () => {
    const { client, requests } = await clientFor((request) =>
      request.method === 'GET'
        ? { json: me, headers: { 'Set-Cookie': ['JSESSIONID=abc123; Path=/; HttpOnly', 'ROUTE=n1; Path=/'] } }
        : ack(1),
    );

    await client.getMe();
    await client.setChannelState('twitter', 'Ready');

    expect(requests[0]?.headers.cookie).toBeUndefined();
    expect(requests[1]?.headers.cookie).toBe('JSESSIONID=abc123; ROUTE=n1');
  });

  it('captures the CSRF token from a GET and sends it, with a JSON body, on the POST', async () => {
    const { client, requests } = await clientFor((request) =>
      request.method === 'GET' ? { json: me, headers: csrfHeaders('token-1') } : ack(7),
    );

    await client.getMe();
    const answer = await client.createTweet({ queuePath: '/queues/q1', userData: { Campaign: 'spring' } });

    const post = requests[1];
    expect(answer).toEqual({ statusCode: 0, referenceId: 7 });
    expect(post?.method).toBe('POST');
    expect(post?.url).toBe('/api/v2/me/tweets');
    expect(post?.headers['x-csrf-token']).toBe('token-1');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post?.body ?? '')).toEqual({ operationName: 'Create', queuePath: '/queues/q1', userData: { Campaign: 'spring' } });
  });

  it('after a CSRF refusal, refreshes the token with one GET /api/v2/me and retries once', async () => {
    let posts = 0;
    const { client, requests } = await clientFor((request) => {
      if (request.method === 'GET') return { json: me, headers: csrfHeaders('token-2') };
      posts += 1;
      return posts === 1 ? csrfRefusal : ack(8);
    });

    const answer = await client.sendTweet('tw/1', { queuePath: '/contacts/c1', twitter: { from: 'acme', message: 'hi' }, saveLAR: true });

    expect(answer.referenceId).toBe(8);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v2/me/tweets/tw%2F1',
      'GET /api/v2/me',
      'POST /api/v2/me/tweets/tw%2F1',
    ]);
    expect(requests[2]?.headers['x-csrf-token']).toBe('token-2');
    expect(JSON.parse(requests[2]?.body ?? '')).toEqual({
      operationName: 'Send',
      queuePath: '/contacts/c1',
      twitter: { from: 'acme', message: 'hi' },
      saveLAR: true,
    });
  });

  it('a second CSRF refusal becomes GwsError csrf, without further requests', async () => {
    const { client, requests } = await clientFor((request) =>
      request.method === 'GET' ? { json: me, headers: csrfHeaders('token-3') } : csrfRefusal,
    );

    const error = await failureOf(client.cancelTweet('t1'));

    expect(error.kind).toBe('csrf');
    expect(error.httpStatus).toBe(403);
    expect(requests.map((r) => r.method)).toEqual(['POST', 'GET', 'POST']);
  });
});

describe('createGwsHttpClient: errors', () => {
  it('a non-zero statusCode with HTTP 200 is GwsError status with the GWS message', async () => {
    const { client } = await clientFor(() => ({ json: { statusCode: 2, statusMessage: 'Tweet is already sent' } }));

    const error = await failureOf(client.cancelTweet('t1'));

    expect(error).toMatchObject({ kind: 'status', statusCode: 2, httpStatus: 200, message: 'Tweet is already sent' });
  });

  it('HTTP 404 with statusCode 6 is GwsError status 6; without statusMessage the code is described', async () => {
    const { client } = await clientFor(() => ({ status: 404, json: { statusCode: 6 } }));

    const error = await failureOf(client.tweetOperation('nope', { operationName: 'Complete' }));

    expect(error).toMatchObject({ kind: 'status', statusCode: 6, httpStatus: 404, message: 'Not found' });
  });

  it('HTTP 500 with an HTML page is GwsError http', async () => {
    const { client } = await clientFor(() => ({ status: 500, text: '<html><body>Proxy error</body></html>' }));

    const error = await failureOf(client.listTweets());

    expect(error.kind).toBe('http');
    expect(error.httpStatus).toBe(500);
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toContain('500');
  });

  it('HTTP 401 is GwsError unauthorized', async () => {
    const { client } = await clientFor(() => ({ status: 401, text: 'Unauthorized', headers: { 'WWW-Authenticate': 'Basic' } }));

    const error = await failureOf(client.getMe());

    expect(error).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
  });

  it('a refused connection is GwsError network', async () => {
    const client = createGwsHttpClient({ baseUrl: await unusedBaseUrl(), username: 'a', password: 'b' });

    const error = await failureOf(client.getMe());

    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('a server that never answers is GwsError timeout after timeoutMs', async () => {
    const { client } = await clientFor(() => ({ hang: true }), 200);
    const started = Date.now();

    const error = await failureOf(client.getMe());

    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a per-call timeoutMs overrides the default', async () => {
    const { client } = await clientFor(() => ({ hang: true }), 60_000);

    const error = await failureOf(client.listTweets({ timeoutMs: 100 }));

    expect(error.kind).toBe('timeout');
  });

  it("the caller's abort rejects with the caller's reason, not a GwsError", async () => {
    const { client } = await clientFor(() => ({ hang: true }));
    const controller = new AbortController();
    const call = client.getMe({ signal: controller.signal });

    controller.abort(new Error('user left the page'));

    await expect(call).rejects.toThrow('user left the page');
  });

  it('a plain {"statusCode":0} is an ack, as GWS answers Start/EndContactCenterSession and Ready/NotReady', async () => {
    const { client } = await clientFor(() => ({ json: { statusCode: 0 } }));

    await expect(client.startContactCenterSession(['twitter'])).resolves.toEqual({ statusCode: 0 });
    await expect(client.setChannelState('twitter', 'Ready')).resolves.toEqual({ statusCode: 0 });
    await expect(client.sendTweet('t1', { queuePath: '/q', twitter: { from: 'a', message: 'm' } })).resolves.toEqual({ statusCode: 0 });
  });

  it('an answer that is not an ack is GwsError invalid-response naming the field', async () => {
    const { client } = await clientFor(() => ({ json: { statusCode: 0, referenceId: 'five' } }));

    const error = await failureOf(client.startContactCenterSession(['twitter']));

    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('referenceId');
  });

  it('statusCode 20 ("user is not authenticated") ends the session like a 401, whatever the HTTP status', async () => {
    const { client } = await clientFor(() => ({ json: { statusCode: 20, statusMessage: 'User is not authenticated' } }));

    const error = await failureOf(client.createTweet({ queuePath: '/q' }));

    expect(error).toMatchObject({ kind: 'unauthorized', statusCode: 20, httpStatus: 200 });
    expect(error.message).toContain('User is not authenticated');
  });

  it('the status codes of the 8.5.2/8.6.0 list have words; an unknown one is named', async () => {
    const { client } = await clientFor(() => ({ status: 400, json: { statusCode: 10 } }));

    expect(await failureOf(client.getMe())).toMatchObject({ kind: 'status', statusCode: 10, message: 'A value is outside the range of valid values' });
    await server?.close();
    const other = await clientFor(() => ({ status: 400, json: { statusCode: 42 } }));
    expect((await failureOf(other.client.getMe())).message).toBe('Unknown GWS status code 42');
  });

  it('a 200 answer that is not JSON is GwsError invalid-response', async () => {
    const { client } = await clientFor(() => ({ text: '<html>login page</html>' }));

    const error = await failureOf(client.getMe());

    expect(error.kind).toBe('invalid-response');
  });
});

describe('createGwsHttpClient: resources', () => {
  it('lists tweets, normalising tweetType to twitterType', async () => {
    const { client, requests } = await clientFor(() => ({
      json: { statusCode: 0, tweets: [{ id: 't1', state: 'Composing', tweetType: 'Outbound' }, { id: 't2', state: 'Sent' }] },
    }));

    const list = await client.listTweets();

    expect(requests[0]?.url).toBe('/api/v2/me/tweets?fields=*');
    expect(list).toEqual({ tweets: [{ id: 't1', state: 'Composing', twitterType: 'Outbound' }, { id: 't2', state: 'Sent' }], ignored: [] });
  });

  it('hands every list it reads to onTweetList, unreadable items named', async () => {
    server = await startScriptedHttpServer(() => ({ json: { statusCode: 0, tweets: [{ id: 't1', userData: { k: null } }, { id: '' }] } }));
    const seen: unknown[] = [];
    const client = createGwsHttpClient({ baseUrl: server.baseUrl, username: 'a', password: 'b', onTweetList: (list) => seen.push(list) });

    const list = await client.listTweets();

    expect(seen).toEqual([list]);
    expect(list.tweets).toEqual([{ id: 't1', userData: { k: null } }]);
    expect(list.ignored).toMatchObject([{ index: 1 }]);
  });

  it('exposes the CSRF header GWS named (for the CometD client), once a GET has brought one', async () => {
    const { client } = await clientFor(() => ({ json: me, headers: { 'X-CSRF-HEADER': 'X-GWS-CSRF', 'X-CSRF-TOKEN': 'tok-9' } }));

    expect(client.csrfHeader()).toBeUndefined();
    await client.getMe();
    expect(client.csrfHeader()).toEqual({ name: 'X-GWS-CSRF', value: 'tok-9' });
  });

  it('posts session and channel operations to their paths; a trailing slash in baseUrl is ignored', async () => {
    server = await startScriptedHttpServer(() => ack(3));
    const client = createGwsHttpClient({ baseUrl: `${server.baseUrl}/`, username: 'a', password: 'b' });

    await client.startContactCenterSession(['twitter']);
    await client.setChannelState('twitter', 'NotReady');
    await client.endContactCenterSession();

    expect(server.requests.map((r): unknown[] => [r.url, JSON.parse(r.body)])).toEqual([
      ['/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['twitter'] }],
      ['/api/v2/me/channels/twitter', { operationName: 'NotReady' }],
      ['/api/v2/me', { operationName: 'EndContactCenterSession' }],
    ]);
  });

  it('forgets cookies and CSRF token after EndContactCenterSession', async () => {
    const { client, requests } = await clientFor((request) =>
      request.method === 'GET' ? { json: me, headers: { ...csrfHeaders('t9'), 'Set-Cookie': 'JSESSIONID=s1' } } : ack(1),
    );
    const session: GwsHttpClient = client;

    await session.getMe();
    await session.endContactCenterSession();
    await session.startContactCenterSession(['twitter']);

    expect(requests[1]?.headers.cookie).toBe('JSESSIONID=s1');
    expect(requests[2]?.headers.cookie).toBeUndefined();
    expect(requests[2]?.headers['x-csrf-token']).toBeUndefined();
  });
});
