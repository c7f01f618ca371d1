import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AppInChromium } from './appInChromium';
import { connectionState } from './teamFeed';

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

/**
 * A page of its own (a browser context) for `user`, signed in through the form, GWS's connection
 * Live (and, with `teamFeed`, the team feed's too).
 */
export async function signedInPage(env: AppInChromium, user: string, viewport: { width: number; height: number }, { teamFeed = false } = {}) {
  const { page, problems } = await env.newPage(viewport);
  const panel = await signInThroughForm(page, env.app.url, user);
  await expect.poll(() => connectionState(page, 'Connection')).toBe('Live');
  if (teamFeed) await expect.poll(() => connectionState(page, 'Team feed')).toBe('Live');
  return { page, problems, panel };
}
