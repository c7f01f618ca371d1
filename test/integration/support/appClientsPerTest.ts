import { adapt } from 'cometd-nodejs-client';
import { afterEach, beforeAll } from 'vitest';
import { notificationsPath } from '../../../src/gws/channels';
import { createNotificationClient, type NotificationClient, type NotificationClientOptions } from '../../../src/gws/cometd';
import type { GwsHttpClient } from '../../../src/gws/http';
import { startSimulator, type RunningSimulator, type StartSimulatorOptions } from '../../../src/simulator/testing';

export interface AppClientsPerTest {
  /** Starts this test's simulator (closed after the test). */
  startSimulator(options?: StartSimulatorOptions): Promise<RunningSimulator>;
  /** Closes this test's simulator now (a test that restarts it). */
  stopSimulator(): Promise<void>;
  /** The app's notification client for `http`'s user on this test's simulator (disconnected after the test); not connected yet. */
  notificationClient(http: GwsHttpClient, channels: readonly string[], options?: Partial<NotificationClientOptions>): NotificationClient;
}

/**
 * The GWS clients of src/gws against a simulator of each test's own: whatever a test starts is
 * closed after it. In Node the `cometd` package needs cometd-nodejs-client's browser globals.
 */
export function appClientsPerTest(): AppClientsPerTest {
  let sim: RunningSimulator | undefined;
  let notifications: NotificationClient | undefined;
  beforeAll(() => adapt());
  afterEach(async () => {
    await notifications?.disconnect();
    await sim?.close();
    sim = notifications = undefined;
  });
  const running = (): RunningSimulator => {
    if (!sim) throw new Error('start the simulator first');
    return sim;
  };
  return {
    async startSimulator(options) {
      sim = await startSimulator(options);
      return sim;
    },
    async stopSimulator() {
      await running().close();
      sim = undefined;
    },
    notificationClient(http, channels, options) {
      notifications = createNotificationClient({ url: new URL(notificationsPath, running().url).href, authorization: http.authorization, channels, ...options });
      return notifications;
    },
  };
}
