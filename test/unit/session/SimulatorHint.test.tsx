// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../support/testConfig';
import { AppProviders } from '../../../src/app/AppProviders';
import { SimulatorHint } from '../../../src/features/session/SimulatorHint';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderHint(gwsBaseUrl: string, configAnswer: () => Response) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => (String(input) === '/config.json' ? configAnswer() : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetchStub);
  render(
    <AppProviders runtimeConfig={testConfig({ gwsBaseUrl })}>
      <p>page</p>
      <SimulatorHint />
    </AppProviders>,
  );
  return fetchStub;
}

describe('SimulatorHint', () => {
  it('names the demo accounts when the simulator marks /config.json', async () => {
    const fetchStub = renderHint('', () => new Response(null, { headers: { 'X-GWS-Simulator': 'embedded' } }));
    const hint = await screen.findByRole('complementary', { name: 'Simulator demo accounts' });
    expect(hint.textContent).toContain('agent1, agent2, agent3 and supervisor; the password is password for all.');
    // Never a request a real deployment would answer 404 (a red line in every browser console).
    expect(fetchStub.mock.calls.map(([url]) => String(url))).toEqual(['/config.json']);
  });

  it('says nothing for a real GWS behind the same origin (a /config.json without the mark)', async () => {
    const fetchStub = renderHint('', () => new Response(null, { headers: { 'Content-Type': 'application/json' } }));
    await vi.waitFor(() => expect(fetchStub).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('does not ask a GWS on another origin', async () => {
    const fetchStub = renderHint('https://gws.example:8090', () => new Response(null, { headers: { 'X-GWS-Simulator': 'embedded' } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchStub).not.toHaveBeenCalled();
    expect(screen.getByText('page')).toBeDefined();
  });
});
