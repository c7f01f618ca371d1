import type { Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { simControl } from '../../support/simControl';
import { startedPerFile } from '../../support/startedPerFile';
import { launchBrowser, type PageProblems, type TestBrowser } from './browser';
import { startApp, type RunningApp } from './startApp';

export interface AppInChromium {
  /** The production build and its embedded simulator. */
  readonly app: RunningApp;
  readonly browser: TestBrowser;
  /** A fresh page in its own browser context (own cookies, own sessions), closed after the test. */
  newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; problems: PageProblems }>;
  /** One more tab in `page`'s context (same cookies and SharedWorkers), closed with it after the test. */
  newTabBeside(page: Page, viewport?: { width: number; height: number }): Promise<{ page: Page; problems: PageProblems }>;
  /** Empties the simulator (tweets, faults, counters) so that a test counts only what it made. */
  resetSimulator(): Promise<void>;
}

/**
 * One app (production build + simulator, `vite preview`) and one Chromium per test file: started in
 * beforeAll with a fast "Twitter" (the default 300 ms feels real by hand), closed in afterAll. A
 * browser context is cheap: each test opens its own pages.
 */
export function appInChromium({ twitterDelayMs = 30 }: { twitterDelayMs?: number } = {}): AppInChromium {
  const current = startedPerFile(
    'the app',
    async () => {
      const app = await startApp(inject('e2eDistDir'));
      const browser = await launchBrowser();
      await simControl(app, '/sim/config', { twitterDelayMs });
      return { app, browser };
    },
    async ({ app, browser }) => {
      await browser.close();
      await app.close();
    },
  );
  let opened: Page[] = [];
  afterEach(async () => {
    await Promise.all(opened.map((page) => page.context().close()));
    opened = [];
  });
  return {
    get app() {
      return current().app;
    },
    get browser() {
      return current().browser;
    },
    async newPage(viewport) {
      const fresh = await current().browser.newPage();
      opened.push(fresh.page);
      if (viewport) await fresh.page.setViewportSize(viewport);
      return fresh;
    },
    async newTabBeside(page, viewport) {
      const tab = await current().browser.newTabBeside(page);
      if (viewport) await tab.page.setViewportSize(viewport);
      return tab;
    },
    async resetSimulator() {
      await simControl(current().app, '/sim/reset');
    },
  };
}
