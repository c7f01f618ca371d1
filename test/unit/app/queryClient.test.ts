import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../support/testConfig';
import { runtimeConfigQueryOptions } from '../../../src/shared/config/useRuntimeConfigQuery';
import { clearSessionQueries, createQueryClient } from '../../../src/shared/services/queryClient';
import { GwsError } from '../../../src/gws/http';

const unauthorized = () => new GwsError({ kind: 'unauthorized', httpStatus: 401, message: 'HTTP 401' });

describe('createQueryClient: one place notices a 401', () => {
  it('a query failing with 401 calls onUnauthorized once, without a retry', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    const queryFn = vi.fn(() => Promise.reject(unauthorized()));

    await expect(client.fetchQuery({ queryKey: ['tweets'], queryFn })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('a mutation failing with 401 calls it too; other failures do not', async () => {
    const onUnauthorized = vi.fn();
    const client = createQueryClient({ onUnauthorized });
    const mutate = (error: Error) => client.getMutationCache().build(client, { mutationFn: () => Promise.reject(error) }).execute(undefined);

    await expect(mutate(unauthorized())).rejects.toBeInstanceOf(GwsError);
    await expect(mutate(new GwsError({ kind: 'network', message: 'offline' }))).rejects.toBeInstanceOf(GwsError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('reads retry once after other failures; writes never retry', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(() => Promise.reject(new GwsError({ kind: 'network', message: 'offline' })));
    const observer = new QueryObserver(client, { queryKey: ['list'], queryFn, retryDelay: 0 });
    const settled = new Promise<void>((resolve) => {
      const stop = observer.subscribe((result) => {
        if (result.isError) {
          stop();
          resolve();
        }
      });
    });
    await settled;
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(client.getDefaultOptions().mutations?.retry).toBe(0);
  });
});

describe('clearSessionQueries: the end of a session', () => {
  it('forgets every query and mutation but keeps the runtime config for the next sign-in', async () => {
    const client = createQueryClient();
    const config = testConfig();
    client.setQueryData(runtimeConfigQueryOptions.queryKey, config);
    client.setQueryData(['outbound-tweets', 'agent1'], ['a tweet']);
    await client.getMutationCache().build(client, { mutationFn: () => Promise.resolve('sent') }).execute(undefined);

    clearSessionQueries(client);

    expect(client.getQueryData(['outbound-tweets', 'agent1'])).toBeUndefined();
    expect(client.getMutationCache().getAll()).toHaveLength(0);
    expect(client.getQueryData(runtimeConfigQueryOptions.queryKey)).toBe(config);
  });
});
