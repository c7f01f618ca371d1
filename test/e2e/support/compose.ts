import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Fills the compose form (From, Queue, Message), presses Send tweet and waits until it says Sent. */
export async function sendFromComposeForm(page: Page, from: string, message: string, queue = 'Twitter outbound'): Promise<void> {
  const compose = page.getByRole('region', { name: 'Compose tweet' });
  await compose.getByLabel('From').selectOption({ value: from });
  await compose.getByLabel('Queue').selectOption({ label: queue });
  await compose.getByLabel('Message').fill(message);
  await compose.getByRole('button', { name: 'Send tweet' }).click();
  await expect.poll(() => compose.getByRole('status', { name: 'Send status' }).textContent(), { timeout: 10_000 }).toMatch(/^Sent/);
}
