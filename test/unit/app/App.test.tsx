// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { AppProviders } from '../../../src/app/AppProviders';

/** Serves the static /config.json (the only request the shell makes; it is not a GWS call). */
function serveConfigFile(body: unknown) {
  const fetchStub = vi.fn((input: RequestInfo | URL) =>
    Promise.resolve(
      (input instanceof Request ? input.url : input.toString()) === '/config.json'
        ? new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
        : new Response('not found', { status: 404 }),
    ),
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
  vi.unstubAllGlobals();
});

const queues = [{ name: 'Twitter outbound', path: '/queues/twitter-outbound' }];

describe('App', () => {
  it('shows the sign-in page at once (banner, the form — no connection status before there is anything to connect), and which GWS once /config.json is read', async () => {
    serveConfigFile({ queues });
    renderApp();

    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('GWS Tweet Console');
    expect(within(banner).queryByRole('status', { name: 'Connection' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to the main content' })).toHaveAttribute('href', '#main');

    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveAccessibleName('Sign in');
    expect(main).toHaveTextContent('Genesys Web Services: reading the configuration…');
    await vi.waitFor(() => expect(main).toHaveTextContent(`same origin as this page (${window.location.origin})`));
    expect(within(main).getByLabelText('Username')).toBeInTheDocument();
    expect(within(main).getByLabelText('Password')).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows the configured GWS URL', async () => {
    serveConfigFile({ gwsBaseUrl: 'https://gws.example:8090', queues });
    renderApp();

    const main = screen.getByRole('main');
    await vi.waitFor(() => expect(main).toHaveTextContent('Genesys Web Services: https://gws.example:8090'));
  });

  it('shows the error page naming the bad field instead of the console', async () => {
    serveConfigFile({ queues: [{ name: 'Care', path: 'queues/care' }] });
    renderApp();

    const heading = await screen.findByRole('heading', { name: 'The console cannot start' });
    const alert = screen.getByRole('alert');
    expect(alert).toContainElement(heading);
    expect(alert).toHaveTextContent('queues.0.path: must start with /');
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
  });
});
