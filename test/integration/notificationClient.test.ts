import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../src/gws/cometd';
import { createGwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import type { RunningSimulator } from '../../src/simulator/testing';
import { isMarker, markerData, simControl } from '../support/simControl';
import { appClientsPerTest } from './support/appClientsPerTest';
import { requireReferenceId } from './support/tweetFlows';

// The GWS clients of src/gws against the simulator: notifications end to end.

const env = appClientsPerTest();

interface ReceivedNotification {
  notification: GwsNotification;
  raw: unknown;
  channel: string;
}

async function connectedAgent() {
  const sim = await env.startSimulator();
  const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
  const client = env.notificationClient(http, ['/v2/me/*']);
  const received: ReceivedNotification[] = [];
  client.onNotification((notification, raw, channel) => received.push({ notification, raw, channel }));
  const states: ConnectionState[] = [];
  client.onStateChange((state) => states.push(state));
  await client.connect();
  return { sim, http, client, received, states };
}

/**
 * What agent1's client received before a marker published to it on `channel` now: a session gets
 * its messages in the order they were published, so nothing published earlier can come later.
 */
async function receivedBeforeMarker(sim: RunningSimulator, received: ReceivedNotification[], channel = '/v2/me/twitter'): Promise<ReceivedNotification[]> {
  const marker = markerData();
  await simControl(sim, '/sim/publish', { user: 'agent1', channel, data: marker });
  await expect.poll(() => received.some((r) => isMarker(marker, r.raw))).toBe(true);
  return received.filter((r) => !isMarker(marker, r.raw));
}

const composing = (referenceId: number) => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  referenceId,
  twitter: { id: `tw-${referenceId}`, state: 'Composing', twitterType: 'Outbound', capabilities: ['Send'] },
});

describe('notification client against the simulator', () => {
  it('connects and receives a published notification, once', async () => {
    const { sim, client, received } = await connectedAgent();

    await simControl(sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: composing(501) });

    const before = await receivedBeforeMarker(sim, received);
    expect(client.getState()).toEqual({ status: 'connected' });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ channel: '/v2/me/twitter', notification: { kind: 'tweetState', referenceId: 501 } });
  });

  it("waitForReference finds Create's notification even when it arrived before the call", async () => {
    const { http, client, received } = await connectedAgent();
    await http.startContactCenterSession(['twitter']);

    const ack = await http.createTweet({ queuePath: '/queues/outbound' });
    await expect.poll(() => received.some((r) => r.notification.kind === 'tweetState' && r.notification.referenceId === requireReferenceId(ack))).toBe(true);

    const outcome = await client.waitForReference(requireReferenceId(ack), 1_000);
    expect(outcome).toMatchObject({ kind: 'tweetState', tweet: { state: 'Composing', twitterType: 'Outbound' } });
  });

  it("reads the simulator's channel states, 8.5.0 (no messageType) and V2, as the agent's state on its channel, each once", async () => {
    const { sim, http, received } = await connectedAgent();
    await http.startContactCenterSession(['twitter']);
    await http.setChannelState('twitter', 'Ready');
    await simControl(sim, '/sim/config', { channelMessages: 'V2' });
    await http.setChannelState('twitter', 'NotReady');

    const before = await receivedBeforeMarker(sim, received, '/v2/me/channels');
    expect(before.filter((r) => r.channel === '/v2/me/channels').map((r) => r.notification)).toEqual([
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'NotReady' }] },
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'Ready' }] },
      { kind: 'channelState', channels: [{ channel: 'twitter', state: 'NotReady' }] },
    ]);
  });

  it('after the server drops the session: reconnecting, reestablished, and subscriptions work again', async () => {
    const { sim, client, received, states } = await connectedAgent();
    let reestablished = 0;
    client.onReestablished(() => (reestablished += 1));

    await simControl(sim, '/sim/faults', { dropSessions: true });
    await expect.poll(() => reestablished, { timeout: 10_000 }).toBe(1);
    await simControl(sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: composing(502) });

    const before = await receivedBeforeMarker(sim, received);
    expect(states.some((state) => state.status === 'reconnecting')).toBe(true);
    expect(client.getState()).toEqual({ status: 'connected' });
    expect(before.map((r) => r.notification)).toMatchObject([{ referenceId: 502 }]);
  });
});
