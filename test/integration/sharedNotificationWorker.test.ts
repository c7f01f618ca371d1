import { describe, expect, it } from 'vitest';
import { notificationsPath } from '../../src/gws/channels';
import type { NotificationClient } from '../../src/gws/cometd';
import { createRemoteNotificationClient } from '../../src/gws/cometd/worker';
import type { WorkerLink } from '../../src/gws/cometd/worker';
import { heartbeat } from '../../src/gws/cometd/worker/workerProtocol';
import { createGwsHttpClient, isGwsError, type GwsHttpClient } from '../../src/gws/http';
import type { GwsNotification } from '../../src/gws/schemas';
import type { RunningSimulator } from '../../src/simulator/testing';
import { isMarker, markerData, simControl, simRead } from '../support/simControl';
import { appClientsPerTest } from './support/appClientsPerTest';
import { requireReferenceId } from './support/tweetFlows';
import { workerInProcess } from './support/workerInProcess';

// The notification worker's code in this process (registry + server), tabs' clients over real
// MessageChannels, the app's CometD client against the simulator: what the browser's SharedWorker
// does, checked message by message. The e2e test sharedNotifications drives the real SharedWorker.

const env = appClientsPerTest();
let clock = 0;
const worker = workerInProcess(() => clock);

interface Tab {
  client: NotificationClient;
  received: { notification: GwsNotification; raw: unknown }[];
  reestablished: number;
}

const stats = async (sim: RunningSimulator) => (await simRead(sim, '/sim/stats')) as { handshakes: number; sessions: number };

function tabClient(link: WorkerLink, sim: RunningSimulator, http: GwsHttpClient): Tab {
  const client = createRemoteNotificationClient(link, {
    url: new URL(notificationsPath, sim.url).href,
    authorization: http.authorization,
    csrfHeader: http.csrfHeader,
    channels: ['/v2/me/*'],
  });
  const tab: Tab = { client, received: [], reestablished: 0 };
  client.onNotification((notification, raw) => tab.received.push({ notification, raw }));
  client.onReestablished(() => (tab.reestablished += 1));
  return tab;
}

async function agentTabs(count: number) {
  const sim = await env.startSimulator();
  const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
  await http.getMe();
  const tabs: Tab[] = [];
  for (let index = 0; index < count; index += 1) tabs.push(tabClient((await worker.openTab()).link, sim, http));
  await Promise.all(tabs.map((tab) => tab.client.connect()));
  return { sim, http, tabs };
}

/** Publishes a marker to agent1 and waits until every tab has it: anything published before has arrived. */
async function markerReachesAll(sim: RunningSimulator, tabs: readonly Tab[]): Promise<void> {
  const marker = markerData();
  await simControl(sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: marker });
  for (const tab of tabs) await expect.poll(() => tab.received.some((r) => isMarker(marker, r.raw))).toBe(true);
}

describe('notification clients in the worker, shared by tabs', () => {
  it('three tabs: one handshake; each tab gets every notification and its own waitForReference answer', async () => {
    const { sim, http, tabs } = await agentTabs(3);
    expect((await stats(sim)).handshakes).toBe(1);
    expect(tabs.map((tab) => tab.client.getState())).toEqual([{ status: 'connected' }, { status: 'connected' }, { status: 'connected' }]);

    await http.startContactCenterSession(['twitter']);
    const ack = await http.createTweet({ queuePath: '/queues/outbound' });
    for (const tab of tabs) {
      await expect(tab.client.waitForReference(requireReferenceId(ack), 5_000)).resolves.toMatchObject({ kind: 'tweetState', tweet: { state: 'Composing' } });
    }
    await markerReachesAll(sim, tabs);
    // Parsed in the worker; the raw data crosses only with what could not be read (the marker).
    for (const tab of tabs) {
      const composing = tab.received.filter((r) => r.notification.kind === 'tweetState');
      expect(composing).toHaveLength(1);
      expect(composing[0]?.raw).toBeUndefined();
    }
  });

  it('a forced re-handshake: one new session for all tabs, and every tab is told to read its list again', async () => {
    const { sim, tabs } = await agentTabs(2);
    await simControl(sim, '/sim/faults', { dropSessions: true });
    for (const tab of tabs) await expect.poll(() => tab.reestablished).toBe(1);
    expect((await stats(sim)).handshakes).toBe(2);
    await markerReachesAll(sim, tabs);
  });

  it('a tab leaving (disconnect or goodbye) keeps the others connected; the last one ends the session', async () => {
    const sim = await env.startSimulator();
    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'password' });
    await http.getMe();
    const [first, second] = [await worker.openTab(), await worker.openTab()];
    const [one, two] = [tabClient(first.link, sim, http), tabClient(second.link, sim, http)];
    await Promise.all([one.client.connect(), two.client.connect()]);

    await one.client.disconnect();
    expect(one.client.getState()).toEqual({ status: 'disconnected' });
    await markerReachesAll(sim, [two]);
    expect(worker.registry.connectionCount()).toBe(1);

    second.goodbye();
    await expect.poll(() => worker.registry.connectionCount()).toBe(0);
    await expect.poll(async () => (await stats(sim)).sessions).toBe(0);
  });

  it('a tab silent past the heartbeat is dropped; when it wakes it opens again and reads its list again', async () => {
    const { sim, tabs } = await agentTabs(1);
    const [tab] = tabs;
    // The tab answers pings; a tab that has not been heard from for longer is dropped.
    clock += heartbeat.silentTabMs + 1;
    worker.server.checkTabs();
    await expect.poll(() => tab?.reestablished).toBe(1);
    expect(worker.registry.connectionCount()).toBe(1);
    expect((await stats(sim)).handshakes).toBe(2);
    if (tab) await markerReachesAll(sim, [tab]);
  });

  it('a wrong password: connect() rejects in the tab with the GwsError the page would have had', async () => {
    const sim = await env.startSimulator();
    const http = createGwsHttpClient({ baseUrl: sim.url, username: 'agent1', password: 'wrong' });
    const tab = tabClient((await worker.openTab()).link, sim, http);
    const failure: unknown = await tab.client.connect().catch((error: unknown) => error);
    expect(isGwsError(failure, 'unauthorized')).toBe(true);
    await tab.client.disconnect();
    await expect.poll(() => worker.registry.connectionCount()).toBe(0);
  });
});
