import type { Locator, Page } from 'playwright-core';

/** Signs in through the real form (simulator password) and waits for the live panel. */
export async function signInThroughForm(page: Page, appUrl: string, userName: string): Promise<Locator> {
  await page.goto(appUrl, { waitUntil: 'networkidle' });
  await page.getByLabel('Username').fill(userName);
  await page.getByLabel('Password').fill('password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const panel = page.getByRole('region', { name: 'Outbound tweets' });
  await panel.waitFor();
  return panel;
}
