import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationClient } from '../../../src/gws/cometd';
import { createGwsHttpClient } from '../../../src/gws/http';
import { startScriptedHttpServer, type ScriptedHttpServer } from './support/scriptedHttpServer';

// Every request of both GWS clients says it comes from a script, so a GWS (Spring) answers a 401
// without `WWW-Authenticate: Basic` and browsers do not pop up their own login dialog.

let server: ScriptedHttpServer | undefined;

beforeAll(() => {
  adapt();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('X-Requested-With: XMLHttpRequest', () => {
  it('on REST requests, GET and POST', async () => {
    server = await startScriptedHttpServer((request) =>
      request.method === 'GET'
        ? { json: { statusCode: 0, user: { id: 'u1', userName: 'agent1' } } }
        : { json: { statusCode: 0, referenceId: 1 } },
    );
    const client = createGwsHttpClient({ baseUrl: server.baseUrl, username: 'agent1', password: 'password' });

    await client.getMe();
    await client.startContactCenterSession(['twitter']);

    expect(server.requests.map((request) => request.headers['x-requested-with'])).toEqual(['XMLHttpRequest', 'XMLHttpRequest']);
  });

  it('on CometD requests', async () => {
    server = await startScriptedHttpServer(() => ({ status: 401, json: { statusCode: 5, statusMessage: 'no' } }));
    const client = createNotificationClient({ url: `${server.baseUrl}/api/v2/notifications`, authorization: 'Basic eDp5', channels: ['/v2/me/*'] });

    await expect(client.connect()).rejects.toMatchObject({ kind: 'unauthorized' });
    await client.disconnect();

    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests[0]?.headers['x-requested-with']).toBe('XMLHttpRequest');
  });
});
