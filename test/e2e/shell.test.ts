import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium } from './support/appInChromium';

const env = appInChromium();

/** Holds requests matching `pattern` until the returned function is called. */
function held(page: Page, pattern: string): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  void page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function open(page: Page, path = '/') {
  await page.goto(new URL(path, env.app.url).href, { waitUntil: 'networkidle' });
}

describe('the app shell (production build + simulator)', () => {
  it('renders the banner (no connection status before signing in) with no console or page errors', async () => {
    const { page, problems } = await env.newPage();
    await open(page);

    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.title()).toBe('GWS Tweet Console');
    expect(await page.getByRole('banner').textContent()).toContain('GWS Tweet Console');
    expect(await page.getByRole('status', { name: 'Connection' }).count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain(`same origin as this page (${env.app.url})`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('shows the error page naming the bad field when /config.json is broken', async () => {
    const { page, problems } = await env.newPage();
    await page.route('**/config.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ queues: [{ name: 'Care', path: 'queues/care' }] }),
      }),
    );
    await open(page);

    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'The console cannot start' }).waitFor();
    expect(await alert.textContent()).toContain('/config.json');
    expect(await alert.textContent()).toContain('queues.0.path: must start with /');
    expect(problems.pageErrors).toEqual([]);
  });

  it('reaches the simulator on the same origin (/sim/health answers ok)', async () => {
    const { page } = await env.newPage();
    await open(page);

    const health = await page.evaluate(async () => {
      const response = await fetch('/sim/health');
      return { ok: response.ok, contentType: response.headers.get('content-type') ?? '' };
    });
    expect(health.ok).toBe(true);
    expect(health.contentType).toContain('application/json');
  });

  it('is served with a Content-Security-Policy that blocks injected inline script', async () => {
    const { page } = await env.newPage();
    const response = await page.goto(env.app.url, { waitUntil: 'networkidle' });
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('worker-src');

    // An inserted inline script runs as it is appended, if it runs at all; the CSP's refusal is
    // reported by an event: wait for that, then look.
    const violation = await page.evaluate(async () => {
      const reported = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        setTimeout(() => resolve('no violation within 5 s'), 5_000);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return reported;
    });
    expect(violation).toBe('script-src-elem');
    expect(await page.evaluate(() => '__injected' in window)).toBe(false);
  });

  it('pre-renders the sign-in page: what is typed before the script runs is kept, and sign-in waits for /config.json', async () => {
    const { page, problems } = await env.newPage();
    const releaseScript = held(page, '**/assets/index-*.js');
    const releaseConfig = held(page, '**/config.json');
    await page.goto(env.app.url, { waitUntil: 'commit' });

    // The HTML alone: a usable form.
    await page.getByLabel('Username').fill('agent1');
    await page.getByLabel('Password').fill('password');

    releaseScript();
    // Hydrated: React has attached itself to the pre-rendered form (no visible sign while the config is held).
    await expect
      .poll(() => page.locator('form').evaluate((form) => Object.keys(form).some((key) => key.startsWith('__reactProps'))), { timeout: 10_000 })
      .toBe(true);
    expect(await page.getByLabel('Username').inputValue()).toBe('agent1');
    expect(await page.getByRole('main').textContent()).toContain('Genesys Web Services: reading the configuration…');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('status').filter({ hasText: 'Signing in…' }).waitFor();
    releaseConfig();
    await page.getByRole('region', { name: 'Compose tweet' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('banner').textContent()).toContain('Signed in as Alice Agent (agent1)');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });

  it('Enter before the console has loaded is not lost: "Starting…", then signed in on load — never a password in a URL', async () => {
    const { page, problems } = await env.newPage();
    const releaseScript = held(page, '**/assets/index-*.js');
    await page.goto(env.app.url, { waitUntil: 'commit' });
    await page.getByLabel('Username').fill('agent2');
    await page.getByLabel('Password').fill('password');
    await page.getByLabel('Password').press('Enter');

    const progress = page.locator('.sign-in__progress');
    await expect.poll(() => progress.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('Starting…');
    expect(page.url()).toBe(`${env.app.url}/`);

    releaseScript();
    await page.getByRole('region', { name: 'Compose tweet' }).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('banner').textContent()).toContain('(agent2)');
    expect(page.url()).toBe(`${env.app.url}/`);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
