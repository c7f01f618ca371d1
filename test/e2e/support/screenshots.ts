import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));
const rewrite = process.env.UPDATE_SCREENSHOTS === '1';

/**
 * Writes `test/e2e/screenshots/<name>.png` (shown in the README). Screenshots are committed: one is
 * written only when missing, or with UPDATE_SCREENSHOTS=1.
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  const file = `${screenshotDir}${name}.png`;
  if (!rewrite && existsSync(file)) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: file, fullPage });
}
