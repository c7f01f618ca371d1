import { adapt } from 'cometd-nodejs-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { notificationsPath } from '../../src/gws/channels';
import { createNotificationClient } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { basicAuthorization } from './support/restClient';
import { control } from './support/tweetFlows';
import { match } from '../asymmetricMatchers';

// A CometD session belongs to the user whose credentials made its handshake: every later message
// is checked against the credentials it comes with. agent2 holding agent1's clientId and
// BAYEUX_BROWSER cookie gets 402::session_unknown, and never agent1's notifications.

let sim: RunningSimulator;

beforeAll(async () => {
  adapt();
  sim = await startSimulator({ longPollTimeoutMs: 2_000 });
});

afterAll(async () => {
  await sim?.close();
});

const replySchema = z.array(
  z.looseObject({ channel: z.string(), successful: z.optional(z.boolean()), clientId: z.optional(z.string()), error: z.optional(z.string()), data: z.optional(z.unknown()) }),
);

/** A raw Bayeux exchange with one user's credentials (and, if given, a session's cookie). */
async function bayeux(user: string, messages: unknown[], cookie?: string) {
  const response = await fetch(`${sim.url}${notificationsPath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: basicAuthorization(user, 'password'), ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(messages),
  });
  expect(response.status).toBe(200);
  return { replies: replySchema.parse(await response.json()), setCookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

/** agent1's session, made and subscribed to /v2/me/* by a raw client that is not polling yet. */
async function agent1Session(): Promise<{ clientId: string; cookie: string }> {
  const handshake = await bayeux('agent1', [{ channel: '/meta/handshake', version: '1.0', supportedConnectionTypes: ['long-polling'] }]);
  const clientId = handshake.replies[0]?.clientId ?? '';
  const subscribe = await bayeux('agent1', [{ channel: '/meta/subscribe', clientId, subscription: '/v2/me/*', id: '1' }], handshake.setCookie);
  expect(subscribe.replies).toMatchObject([{ successful: true }]);
  return { clientId, cookie: handshake.setCookie };
}

const composing = (referenceId: number) => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  referenceId,
  twitter: { id: `tw-${referenceId}`, state: 'Composing', twitterType: 'Outbound', capabilities: ['Send'] },
});
const publishTo = (user: string, referenceId: number) => control(sim.url, '/sim/publish', { user, channel: '/v2/me/twitter', data: composing(referenceId) });
const refused = (channel: string, id: string) => ({ channel, id, successful: false, error: '402::session_unknown' });

describe("another user's clientId", () => {
  it("agent2's credentials with agent1's clientId and cookie: /meta/connect and /meta/subscribe are refused, agent1's queued notification stays agent1's", async () => {
    const session = await agent1Session();
    await publishTo('agent1', 801); // queued in agent1's session: a connect on it would return it at once

    const connect = await bayeux('agent2', [{ channel: '/meta/connect', clientId: session.clientId, connectionType: 'long-polling', id: '7' }], session.cookie);
    expect(connect.replies).toEqual([{ ...refused('/meta/connect', '7'), advice: { reconnect: 'handshake', interval: 0 } }]);
    const subscribe = await bayeux('agent2', [{ channel: '/meta/subscribe', clientId: session.clientId, subscription: '/v2/**', id: '8' }], session.cookie);
    expect(subscribe.replies).toEqual([{ ...refused('/meta/subscribe', '8'), subscription: '/v2/**' }]);
    // Hidden behind a message of agent2's own session, too (the server serves a request as the first message's session).
    const batch = await bayeux('agent2', [{ channel: '/meta/disconnect', id: '9' }, { channel: '/meta/unsubscribe', clientId: session.clientId, subscription: '/v2/me/*', id: '10' }], session.cookie);
    expect(batch.replies).toEqual([refused('/meta/disconnect', '9'), { ...refused('/meta/unsubscribe', '10'), subscription: '/v2/me/*' }]);

    // agent1's own connect still finds its session, subscription and queued notification.
    const own = await bayeux('agent1', [{ channel: '/meta/connect', clientId: session.clientId, connectionType: 'long-polling', id: '11' }], session.cookie);
    expect(own.replies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: '/v2/me/twitter', data: match.objectContaining({ referenceId: 801 }) }),
        expect.objectContaining({ channel: '/meta/connect', successful: true, id: '11' }),
      ]),
    );
  });

  it("agent2 never receives agent1's notifications: neither by polling agent1's session nor on its own client", async () => {
    const session = await agent1Session();
    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent2', password: 'password' });
    const client = createNotificationClient({ url: new URL(notificationsPath, sim.url).href, authorization: http.authorization, channels: ['/v2/**'] });
    const received: GwsNotification[] = [];
    client.onNotification((notification) => received.push(notification));
    const referenceIds = () => received.map((n) => (n.kind === 'tweetState' ? n.referenceId : undefined));
    try {
      await client.connect();
      // Served as agent1's session, this poll would be held until agent1's next notification and return it.
      const poll = bayeux('agent2', [{ channel: '/meta/connect', clientId: session.clientId, connectionType: 'long-polling', id: '1' }], session.cookie);
      await publishTo('agent1', 802);
      await publishTo('agent2', 803); // published after agent1's: once agent2 has it, agent1's would have come first
      await expect.poll(referenceIds).toContain(803);
      expect((await poll).replies).toEqual([{ ...refused('/meta/connect', '1'), advice: { reconnect: 'handshake', interval: 0 } }]);
      expect(referenceIds()).toEqual([803]);
    } finally {
      await client.disconnect();
    }
  });

  it('a message with no clientId, or an unknown one, is left to the CometD server (402 as well)', async () => {
    const session = await agent1Session();
    for (const clientId of [undefined, 'f'.repeat(40)]) {
      const answer = await bayeux('agent1', [{ channel: '/meta/connect', clientId, connectionType: 'long-polling', id: '1' }], session.cookie);
      expect(answer.replies).toMatchObject([{ channel: '/meta/connect', successful: false, error: '402::session_unknown' }]);
    }
  });
});
