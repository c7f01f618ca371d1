// @vitest-environment jsdom
import { useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../support/testConfig';
import { AppProviders } from '../../../src/app/AppProviders';
import { embeddedSimulatorQueryOptions } from '../../../src/features/session/embeddedSimulator';
import { SimulatorHint } from '../../../src/features/session/SimulatorHint';

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Rendered after the hint, on the hint's own query: says when that query has settled, and when the
 * effects of this render (the hint's before its own) have run. Whatever the hint does on mount or
 * on its answer has happened by the time this says so.
 */
function AfterTheHint({ gwsBaseUrl }: { gwsBaseUrl: string }) {
  const embedded = useQuery(embeddedSimulatorQueryOptions(gwsBaseUrl));
  const effects = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (effects.current) effects.current.textContent = 'effects ran';
  }, []);
  return (
    <>
      <p ref={effects} />
      <p>{embedded.isSuccess ? `answered ${String(embedded.data)}` : 'not answered'}</p>
    </>
  );
}

const urlOf = (input: RequestInfo | URL): string => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

function renderHint(gwsBaseUrl: string, configAnswer: () => Response) {
  const fetchStub = vi.fn((input: RequestInfo | URL) => Promise.resolve(urlOf(input) === '/config.json' ? configAnswer() : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetchStub);
  render(
    <AppProviders runtimeConfig={testConfig({ gwsBaseUrl })}>
      <p>page</p>
      <SimulatorHint />
      <AfterTheHint gwsBaseUrl={gwsBaseUrl} />
    </AppProviders>,
  );
  return fetchStub;
}

describe('SimulatorHint', () => {
  it('names the demo accounts when the simulator marks /config.json', async () => {
    const fetchStub = renderHint('', () => new Response(null, { headers: { 'X-GWS-Simulator': 'embedded' } }));
    const hint = await screen.findByRole('complementary', { name: 'Simulator demo accounts' });
    expect(hint).toHaveTextContent('agent1, agent2, agent3 and supervisor; the password is password for all.');
    // Never a request a real deployment would answer 404 (a red line in every browser console).
    expect(fetchStub.mock.calls.map(([url]) => urlOf(url))).toEqual(['/config.json']);
  });

  it('says nothing for a real GWS behind the same origin (a /config.json without the mark)', async () => {
    renderHint('', () => new Response(null, { headers: { 'Content-Type': 'application/json' } }));
    expect(await screen.findByText('answered false')).toBeInTheDocument();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('does not ask a GWS on another origin', async () => {
    const fetchStub = renderHint('https://gws.example:8090', () => new Response(null, { headers: { 'X-GWS-Simulator': 'embedded' } }));
    expect(await screen.findByText('effects ran')).toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});
