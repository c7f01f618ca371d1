import { configure, render, screen, type RenderResult } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { adapt } from 'cometd-nodejs-client';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../src/app/AppProviders';
import type { RuntimeConfig } from '../../../src/shared/config/configSchema';
import { RuntimeConfigProvider } from '../../../src/shared/config/RuntimeConfigContext';
import { GwsSessionContext } from '../../../src/shared/session/GwsSessionContext';
import { createNotificationClient } from '../../../src/gws/cometd';
import { createGwsHttpClient, type GwsHttpClientConfig } from '../../../src/gws/http';
import { endSession, signIn, type SignedIn, type SignInDeps } from '../../../src/features/session/signIn';
import { startSimulator, type RunningSimulator } from '../../../src/simulator/testing';
import { simControl } from '../../support/simControl';
import { startedPerFile } from '../../support/startedPerFile';
import { testConfig } from '../../support/testConfig';

export { simControl };

// Component tests against the real simulator, in jsdom. jsdom's XMLHttpRequest enforces CORS (the
// simulator has none): the CometD client uses cometd-nodejs-client's Node XHR instead. fetch is
// Node's, and the GWS HTTP client keeps its own cookie jar there.
adapt();
// Real HTTP and CometD: give findBy/waitFor room on a busy machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });
/** What renderWithApp mounted in this test (tearDown unmounts it before ending the session). */
let mounted: RenderResult[] = [];
// What the console remembers in the browser (last From and Queue, the unsent message) is per test;
// so is what it mounted.
afterEach(() => {
  mounted = [];
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});

export const queues = [
  { name: 'Twitter outbound', path: '/queues/twitter-outbound' },
  { name: 'Customer care', path: '/queues/customer-care' },
];

/** A simulator with a short "Twitter" delay, so each Send takes milliseconds. */
export function startTestSimulator(twitterDelayMs = 20): Promise<RunningSimulator> {
  return startSimulator({ twitterDelayMs });
}

export function configFor(baseUrl: string): RuntimeConfig {
  return testConfig({ gwsBaseUrl: baseUrl, queues });
}

/** The sign-in dependencies in Node, with an optional fetch in front of the GWS HTTP client. */
export function nodeSignInDeps(fetchThrough?: typeof fetch): SignInDeps {
  return {
    createHttpClient: (config: GwsHttpClientConfig) => createGwsHttpClient(fetchThrough ? { ...config, fetch: fetchThrough } : config),
    loadNotificationClient: () => Promise.resolve(createNotificationClient),
    pageUrl: 'http://localhost:3000/',
  };
}

/** The file's simulator (short "Twitter" delay): started in beforeAll, emptied before each test (/sim/reset), closed in afterAll. */
export function consoleSimulatorPerFile(): { readonly sim: RunningSimulator } {
  const current = startedPerFile('the simulator', () => startTestSimulator(), (sim) => sim.close());
  beforeEach(async () => {
    await simControl(current(), '/sim/reset');
  });
  return {
    get sim() {
      return current();
    },
  };
}

/** Signs in through the same code as the sign-in page (GET /me, CometD, StartContactCenterSession). */
export function signInAgent(sim: RunningSimulator, username = 'agent1', fetchThrough?: typeof fetch): Promise<SignedIn> {
  return signIn(configFor(sim.url), { username, password: 'password' }, nodeSignInDeps(fetchThrough));
}

/** Renders `ui` with the app's providers, the config for `sim` and, when given, a signed-in session. */
export function renderWithApp(sim: RunningSimulator | { url: string }, ui: ReactNode, signedIn?: SignedIn): RenderResult {
  const content = signedIn ? <GwsSessionContext value={signedIn.session}>{ui}</GwsSessionContext> : ui;
  const config = configFor(sim.url);
  const view = render(
    <AppProviders runtimeConfig={config}>
      <RuntimeConfigProvider config={config}>{content}</RuntimeConfigProvider>
    </AppProviders>,
  );
  mounted.push(view);
  return view;
}

/** Unmounts what the test rendered (before its session ends under it), then ends the session. */
export async function tearDown(signedIn: SignedIn | undefined): Promise<void> {
  mounted.forEach((view) => view.unmount());
  mounted = [];
  if (signedIn) await endSession(signedIn, 'disconnect');
}

/** The "Send status" live region's text. */
export function sendStatusText(): string {
  return screen.getByRole('status', { name: 'Send status' }).textContent ?? '';
}
