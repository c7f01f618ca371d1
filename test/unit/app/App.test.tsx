// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { AppProviders } from '../../../src/app/AppProviders';

/** Serves the static /config.json (the only request the shell makes; it is not a GWS call). */
function serveConfigFile(body: unknown) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) =>
    String(input) === '/config.json'
      ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
      : new Response('not found', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchStub);
}

function renderApp() {
  return render(
    <AppProviders>
      <App />
    </AppProviders>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const queues = [{ name: 'Twitter outbound', path: '/queues/twitter-outbound' }];

describe('App', () => {
  it('shows the sign-in page at once (banner, the form — no connection status before there is anything to connect), and which GWS once /config.json is read', async () => {
    serveConfigFile({ queues });
    renderApp();

    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('GWS Tweet Console');
    expect(within(banner).queryByRole('status', { name: 'Connection' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Skip to the main content' }).getAttribute('href')).toBe('#main');

    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe('Sign in');
    expect(main.textContent).toContain('Genesys Web Services: reading the configuration…');
    await vi.waitFor(() => expect(main.textContent).toContain(`same origin as this page (${window.location.origin})`));
    expect(within(main).getByLabelText('Username')).toBeDefined();
    expect(within(main).getByLabelText('Password')).toBeDefined();
    expect(within(main).getByRole('button', { name: 'Sign in' })).toBeDefined();
  });

  it('shows the configured GWS URL', async () => {
    serveConfigFile({ gwsBaseUrl: 'https://gws.example:8090', queues });
    renderApp();

    const main = screen.getByRole('main');
    await vi.waitFor(() => expect(main.textContent).toContain('Genesys Web Services: https://gws.example:8090'));
  });

  it('shows the error page naming the bad field instead of the console', async () => {
    serveConfigFile({ queues: [{ name: 'Care', path: 'queues/care' }] });
    renderApp();

    const heading = await screen.findByRole('heading', { name: 'The console cannot start' });
    const alert = screen.getByRole('alert');
    expect(alert.contains(heading)).toBe(true);
    expect(alert.textContent).toContain('queues.0.path: must start with /');
    expect(screen.queryByRole('banner')).toBeNull();
  });
});
