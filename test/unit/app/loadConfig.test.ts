import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/shared/config/ConfigError';
import { loadConfig } from '../../../src/shared/config/loadConfig';

function serving(body: string, init?: ResponseInit) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchFile = (url: string, requestInit: RequestInit) => {
    requests.push({ url, init: requestInit });
    return Promise.resolve(new Response(body, init));
  };
  return { fetchFile, requests };
}

async function loadError(fetchFile: Parameters<typeof loadConfig>[0]): Promise<ConfigError> {
  const error: unknown = await loadConfig(fetchFile).then(
    () => new Error('expected loadConfig to fail'),
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof ConfigError)) throw error;
  return error;
}

describe('loadConfig', () => {
  it('reads /config.json past the HTTP cache and returns the parsed config', async () => {
    const { fetchFile, requests } = serving(JSON.stringify({ queues: [{ name: 'Care', path: '/queues/care' }] }));
    await expect(loadConfig(fetchFile)).resolves.toMatchObject({ gwsBaseUrl: '', queues: [{ name: 'Care' }] });
    expect(requests).toMatchObject([{ url: '/config.json', init: { cache: 'no-cache' } }]);
  });

  it('reports a bad field by name', async () => {
    const error = await loadError(serving(JSON.stringify({ queues: [{ name: 'Care', path: 'care' }] })).fetchFile);
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('/config.json: queues.0.path: must start with /');
  });

  it('reports an HTTP failure with its status', async () => {
    const error = await loadError(serving('Not Found', { status: 404, statusText: 'Not Found' }).fetchFile);
    expect(error.kind).toBe('http');
    expect(error.problems[0]?.message).toBe('could not be loaded: HTTP 404 Not Found');
  });

  it('reports a file that is not JSON', async () => {
    const error = await loadError(serving('{ "queues": [ }').fetchFile);
    expect(error.kind).toBe('not-json');
    expect(error.problems[0]?.message).toMatch(/^is not valid JSON: /);
  });

  it('reports a network failure', async () => {
    const error = await loadError(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(error.kind).toBe('unreachable');
    expect(error.problems[0]?.message).toBe('could not be fetched: Failed to fetch');
  });
});
