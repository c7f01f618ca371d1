import { cleanup, configure, render, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
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
import { testConfig } from '../../support/testConfig';

// Component tests against the real simulator, in jsdom. jsdom's XMLHttpRequest enforces CORS (the
// simulator has none): the CometD client uses cometd-nodejs-client's Node XHR instead. fetch is
// Node's, and the GWS HTTP client keeps its own cookie jar there.
adapt();
// Real HTTP and CometD: give findBy/waitFor room on a busy machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });
// What the console remembers in the browser (last From and Queue, the unsent message) is per test.
afterEach(() => {
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

/** Signs in through the same code as the sign-in page (GET /me, CometD, StartContactCenterSession). */
export function signInAgent(sim: RunningSimulator, username = 'agent1', fetchThrough?: typeof fetch): Promise<SignedIn> {
  return signIn(configFor(sim.url), { username, password: 'password' }, nodeSignInDeps(fetchThrough));
}

/** Renders `ui` with the app's providers, the config for `sim` and, when given, a signed-in session. */
export function renderWithApp(sim: RunningSimulator | { url: string }, ui: ReactNode, signedIn?: SignedIn) {
  const content = signedIn ? <GwsSessionContext value={signedIn.session}>{ui}</GwsSessionContext> : ui;
  const config = configFor(sim.url);
  return render(
    <AppProviders runtimeConfig={config}>
      <RuntimeConfigProvider config={config}>{content}</RuntimeConfigProvider>
    </AppProviders>,
  );
}

/** Unmounts and ends what a test opened. */
export async function tearDown(signedIn: SignedIn | undefined): Promise<void> {
  cleanup();
  if (signedIn) await endSession(signedIn, 'disconnect');
}

/** POST /sim/… on the simulator (faults, config, reset), failing the test on a non-200 answer. */
export async function simControl(sim: RunningSimulator, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** The "Send status" live region's text. */
export function sendStatusText(): string {
  return screen.getByRole('status', { name: 'Send status' }).textContent ?? '';
}
