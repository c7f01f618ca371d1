import { startSimulator, type RunningSimulator, type StartSimulatorOptions } from '../../../src/simulator/testing';
import { startedPerFile } from '../../support/startedPerFile';
import { listenToNotifications, type NotificationListener } from './notificationListener';
import { RestClient } from './restClient';

export interface SimulatorWithAgent {
  readonly sim: RunningSimulator;
  /** The agent's REST client (Basic credentials, JSESSIONID, CSRF token). */
  readonly rest: RestClient;
  /** The agent's CometD session, subscribed to `/v2/me/*`. */
  readonly listener: NotificationListener;
}

/** One simulator per test file, and one agent on it over REST and CometD: started in beforeAll, closed in afterAll. */
export function simulatorWithAgent(userName: string, options: StartSimulatorOptions): SimulatorWithAgent {
  const current = startedPerFile(
    'the simulator',
    async () => {
      const sim = await startSimulator(options);
      return { sim, rest: new RestClient(sim.url, userName), listener: await listenToNotifications({ baseUrl: sim.url, user: userName }) };
    },
    async ({ sim, listener }) => {
      await listener.disconnect();
      await sim.close();
    },
  );
  return {
    get sim() {
      return current().sim;
    },
    get rest() {
      return current().rest;
    },
    get listener() {
      return current().listener;
    },
  };
}
