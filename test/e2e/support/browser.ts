import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; playwright's own browser download is not used. */
export const chromiumPath = '/usr/bin/chromium';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** What went wrong in a page: console.error output and uncaught exceptions. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

export interface TestBrowser {
  /** A fresh page in its own context (own cookies), with its problems collected as they happen. */
  newPage: () => Promise<{ page: Page; problems: PageProblems }>;
  /** One more tab in `page`'s context: same cookies, same SharedWorkers, as a user opening a second tab. */
  newTabBeside: (page: Page) => Promise<{ page: Page; problems: PageProblems }>;
  close: () => Promise<void>;
}

function watched(page: Page): { page: Page; problems: PageProblems } {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  return { page, problems };
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    async newPage() {
      const context = await browser.newContext();
      return watched(await context.newPage());
    },
    newTabBeside: async (page) => watched(await page.context().newPage()),
    close: () => browser.close(),
  };
}
