import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';
import { simControl } from './simControl';
import { startApp, type RunningApp } from './startApp';

export interface AppInChromium {
  /** The production build and its embedded simulator. */
  readonly app: RunningApp;
  readonly browser: TestBrowser;
}

/**
 * One app (production build + simulator, `vite preview`) and one Chromium per test file: started in
 * beforeAll with a fast "Twitter" (the default 300 ms feels real by hand), closed in afterAll.
 */
export function appInChromium({ twitterDelayMs = 30 }: { twitterDelayMs?: number } = {}): AppInChromium {
  let started: AppInChromium | undefined;
  beforeAll(async () => {
    const app = await startApp(inject('e2eDistDir'));
    started = { app, browser: await launchBrowser() };
    await simControl(app.url, '/sim/config', { twitterDelayMs });
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.app.close();
  });
  const current = (): AppInChromium => {
    if (!started) throw new Error('the app is not started yet (use it inside a test)');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get browser() {
      return current().browser;
    },
  };
}
