// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../src/app/AppProviders';
import { SimulatorHint } from '../../../src/features/session/SimulatorHint';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderHint(gwsBaseUrl: string, health: () => Response) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => (String(input) === '/sim/health' ? health() : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetchStub);
  render(
    <AppProviders runtimeConfig={{ gwsBaseUrl, notificationsPath: '/api/v2/notifications', channel: '/v2/me/twitter', queues: [], twitterAccounts: undefined }}>
      <p>page</p>
      <SimulatorHint />
    </AppProviders>,
  );
  return fetchStub;
}

describe('SimulatorHint', () => {
  it('names the demo accounts when /sim/health answers {ok: true}', async () => {
    renderHint('', () => Response.json({ ok: true, users: 4, tweets: 0, sessions: 0 }));
    const hint = await screen.findByRole('complementary', { name: 'Simulator demo accounts' });
    expect(hint.textContent).toContain('agent1, agent2, agent3 and supervisor; the password is password for all.');
  });

  it('says nothing for a real GWS behind the same origin (no /sim/health, or not JSON)', async () => {
    const fetchStub = renderHint('', () => new Response('<!doctype html><p>app</p>', { headers: { 'Content-Type': 'text/html' } }));
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('does not ask a GWS on another origin', async () => {
    const fetchStub = renderHint('https://gws.example:8090', () => Response.json({ ok: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchStub).not.toHaveBeenCalled();
    expect(screen.getByText('page')).toBeDefined();
  });
});
