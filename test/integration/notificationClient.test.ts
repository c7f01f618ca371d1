import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { notificationsPath } from '../../src/gws/channels';
import { createNotificationClient, type ConnectionState, type NotificationClient } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import { startSimulator, type ConfigBody, type FaultsBody, type PublishBody, type RunningSimulator } from '../../src/simulator/testing';
import { requireReferenceId } from './support/tweetFlows';

// The GWS clients of src/gws against the simulator: notifications end to end.

let sim: RunningSimulator | undefined;
let notifications: NotificationClient | undefined;

beforeAll(() => {
  adapt(); // the `cometd` package expects browser globals
});

afterEach(async () => {
  await notifications?.disconnect();
  notifications = undefined;
  await sim?.close();
  sim = undefined;
});

async function connectedAgent() {
  sim = await startSimulator();
  const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
  const client = createNotificationClient({
    url: new URL(notificationsPath, sim.url).href,
    authorization: http.authorization,
    channels: ['/v2/me/*'],
  });
  notifications = client;
  const received: { notification: GwsNotification; channel: string }[] = [];
  client.onNotification((notification, _raw, channel) => received.push({ notification, channel }));
  const states: ConnectionState[] = [];
  client.onStateChange((state) => states.push(state));
  await client.connect();
  return { sim, http, client, received, states };
}

async function control(path: '/sim/publish' | '/sim/faults' | '/sim/config', body: PublishBody | FaultsBody | ConfigBody): Promise<void> {
  const response = await fetch(new URL(path, sim?.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

const composing = (referenceId: number) => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  referenceId,
  twitter: { id: `tw-${referenceId}`, state: 'Composing', twitterType: 'Outbound', capabilities: ['Send'] },
});

describe('notification client against the simulator', () => {
  it('connects and receives a notification', async () => {
    const { client, received } = await connectedAgent();

    await control('/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: composing(501) });

    await expect.poll(() => received.length).toBe(1);
    expect(client.getState()).toEqual({ status: 'connected' });
    expect(received[0]).toMatchObject({ channel: '/v2/me/twitter', notification: { kind: 'tweetState', referenceId: 501 } });
  });

  it("waitForReference finds Create's notification even when it arrived before the call", async () => {
    const { http, client, received } = await connectedAgent();
    await http.startContactCenterSession(['twitter']);

    const ack = await http.createTweet({ queuePath: '/queues/outbound' });
    await expect.poll(() => received.some((r) => r.notification.kind === 'tweetState' && r.notification.referenceId === requireReferenceId(ack))).toBe(true);

    const outcome = await client.waitForReference(requireReferenceId(ack), 1_000);
    expect(outcome).toMatchObject({ kind: 'tweetState', tweet: { state: 'Composing', twitterType: 'Outbound' } });
  });

  it("reads the simulator's channel states, 8.5.0 (no messageType) and V2, as the agent's state on its channel", async () => {
    const { http, received } = await connectedAgent();
    await http.startContactCenterSession(['twitter']);
    await http.setChannelState('twitter', 'Ready');
    await control('/sim/config', { channelMessages: 'V2' });
    await http.setChannelState('twitter', 'NotReady');

    const states = () => received.filter((r) => r.channel === '/v2/me/channels').map((r) => r.notification);
    await expect.poll(() => states().length).toBe(3);
    expect(states()).toEqual([
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'NotReady' }] },
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'Ready' }] },
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'NotReady' }] },
    ]);
  });

  it('after the server drops the session: reconnecting, reestablished, and subscriptions work again', async () => {
    const { client, received, states } = await connectedAgent();
    let reestablished = 0;
    client.onReestablished(() => (reestablished += 1));

    await control('/sim/faults', { dropSessions: true });
    await expect.poll(() => reestablished, { timeout: 10_000 }).toBe(1);
    await control('/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: composing(502) });

    await expect.poll(() => received.length).toBe(1);
    expect(states.some((state) => state.status === 'reconnecting')).toBe(true);
    expect(client.getState()).toEqual({ status: 'connected' });
    expect(received[0]?.notification).toMatchObject({ referenceId: 502 });
  });
});
