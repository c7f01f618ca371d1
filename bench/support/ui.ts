import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../../test/e2e/support/browser';
import { startApp, type RunningApp } from '../../test/e2e/support/startApp';
import { applyProbeSource } from './applyProbe';
import { pageProbesSource } from './pageProbes';
import { pollUntil } from './stats';

/**
 * The UI contract the browser scenarios are written against (issue 5; the lead's brief):
 * - sign-in page: fields labelled "Username" and "Password", a "Sign in" button;
 * - after sign-in: a region named "Compose tweet" with a "Message" textarea, a "Send tweet"
 *   button and the text "Sent" shown after success;
 * - a region named "Outbound tweets" (the live panel) with a "Supervisor view" switch;
 * - the header's connection status (role status, name "Connection"), "Connected" when live;
 * - for panel ingest: the feed counters `data-notifications-received` / `data-notifications-ignored` on the header status,
 *   and the panel cache's observer `window.__gwsTweetsApplied` (src/features/outbound/hooks/tweetsAppliedObserver.ts).
 */
export const ui = {
  username: (page: Page) => page.getByLabel('Username', { exact: true }),
  password: (page: Page) => page.getByLabel('Password', { exact: true }),
  signIn: (page: Page) => page.getByRole('button', { name: 'Sign in', exact: true }),
  compose: (page: Page) => page.getByRole('region', { name: 'Compose tweet', exact: true }),
  message: (page: Page) => ui.compose(page).getByRole('textbox', { name: 'Message', exact: true }),
  sendTweet: (page: Page) => ui.compose(page).getByRole('button', { name: 'Send tweet', exact: true }),
  panel: (page: Page) => page.getByRole('region', { name: 'Outbound tweets', exact: true }),
  supervisorView: (page: Page) => ui.panel(page).getByRole('switch', { name: 'Supervisor view', exact: true }),
  connection: (page: Page) => page.getByRole('status', { name: 'Connection', exact: true }),
};

/** The app (vite preview of the build + simulator on one origin) and a Chromium. */
export interface BrowserBench {
  app: RunningApp;
  browser: TestBrowser;
  close(): Promise<void>;
}

/** Serves `distDir` (with its own CSP when given: a --baseline build) and starts a Chromium. */
export async function startBrowserBench(distDir: string, contentSecurityPolicy?: string): Promise<BrowserBench> {
  const app = await startApp(distDir, { contentSecurityPolicy });
  const browser = await launchBrowser();
  await fetch(`${app.url}/sim/health`); // the simulator starts on the first /sim or /api request
  return {
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** A fresh context and page with the probes installed, at the app's root. */
export async function openApp(bench: BrowserBench): Promise<Page> {
  const { page } = await bench.browser.newPage();
  await page.addInitScript({ content: pageProbesSource });
  await page.addInitScript({ content: applyProbeSource });
  await page.goto(bench.app.url, { waitUntil: 'domcontentloaded' });
  return page;
}

async function appears(locator: ReturnType<typeof ui.username>, timeoutMs: number): Promise<boolean> {
  return locator.first().waitFor({ state: 'visible', timeout: timeoutMs }).then(
    () => true,
    () => false,
  );
}

/**
 * Signs in through the real form. Returns why it could not (the UI is not there yet), or undefined.
 * `after` is the region that must appear once signed in.
 */
export async function signIn(page: Page, user: string, after: 'compose' | 'panel'): Promise<string | undefined> {
  if (!(await appears(ui.username(page), 10_000))) return 'UI not present (no sign-in page with a "Username" field)';
  await ui.username(page).fill(user);
  await ui.password(page).fill('password');
  await ui.signIn(page).click();
  const region = after === 'compose' ? ui.compose(page) : ui.panel(page);
  if (!(await appears(region, 15_000))) {
    return `UI not present (no region named "${after === 'compose' ? 'Compose tweet' : 'Outbound tweets'}" after signing in as ${user})`;
  }
  return undefined;
}

/**
 * Beyond the contract: a <select> of the compose form left empty (From with several accounts,
 * Queue with several queues) gets its first real option, as an agent would pick one. Returns
 * the labels of the selects it filled.
 */
export async function chooseComposeDefaults(page: Page): Promise<string[]> {
  const chosen: string[] = [];
  const selects = ui.compose(page).locator('select');
  for (let i = 0; i < (await selects.count()); i++) {
    const select = selects.nth(i);
    if ((await select.inputValue()) !== '') continue;
    const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const first = values.find((v) => v !== '');
    if (first === undefined) continue;
    await select.selectOption(first);
    chosen.push((await select.getAttribute('id')) ?? `select ${i + 1}`);
  }
  return chosen;
}

/**
 * Waits until the header's connection status reads as connected ("Connected" or "Live"; not
 * "Not connected", "Connecting…", "reconnecting", "lost"); false after the timeout.
 */
export async function waitConnected(page: Page, timeoutMs = 15_000): Promise<boolean> {
  const connected = await pollUntil(async () => {
    const text = ((await ui.connection(page).first().textContent().catch(() => '')) ?? '').replace(/^\s*Connection/, '');
    return /connected|live/i.test(text) && !/not connected|connecting|reconnect|lost|offline/i.test(text) ? true : undefined;
  }, timeoutMs, 100);
  return connected === true;
}

/** Beyond the contract: the panel's visible tweet count ("N tweets …"), if it shows one. */
export async function visibleRowCount(page: Page): Promise<number | undefined> {
  const text = (await ui.panel(page).first().innerText().catch(() => '')) ?? '';
  const match = /([\d,]+) tweets?\b/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(/,/g, ''));
}

export async function simControl(appUrl: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${appUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${path} → HTTP ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

export interface SimStatsSubset {
  notificationsPublished: number;
  /** Tweets /sim/load has made since the simulator started. */
  loadTweets: number;
  deliveries: number;
  loadRunning: boolean;
  tweets: number;
  /** GWS CometD handshakes accepted since the last /sim/reset; absent from an older simulator. */
  handshakes?: number;
  /** Live GWS CometD sessions. */
  sessions?: number;
}

export async function simStats(appUrl: string): Promise<SimStatsSubset> {
  return (await (await fetch(`${appUrl}/sim/stats`)).json()) as SimStatsSubset;
}
