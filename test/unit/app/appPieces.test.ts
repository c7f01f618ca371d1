import { describe, expect, it, vi } from 'vitest';
import { createMessageDraftStore } from '../../../src/shared/session/messageDraftStore';
import { gwsAddressOf, notificationsUrlOf } from '../../../src/shared/lib/gwsEndpoints';
import { createUnauthorizedSignal } from '../../../src/shared/session/unauthorizedSignal';
import { GwsError } from '../../../src/gws/http';

describe('gwsAddressOf / notificationsUrlOf', () => {
  it('same origin, or the configured GWS', () => {
    expect(gwsAddressOf({ gwsBaseUrl: '' }, 'http://localhost:5173')).toBe('same origin as this page (http://localhost:5173)');
    expect(gwsAddressOf({ gwsBaseUrl: 'https://gws.example:8090' }, 'http://x')).toBe('https://gws.example:8090');
    const paths = { notificationsPath: '/api/v2/notifications' };
    expect(notificationsUrlOf({ gwsBaseUrl: '', ...paths }, 'http://localhost:5173/some/page').href).toBe(
      'http://localhost:5173/api/v2/notifications',
    );
    expect(notificationsUrlOf({ gwsBaseUrl: 'https://gws.example:8090/base', ...paths }, 'http://x/').href).toBe(
      'https://gws.example:8090/base/api/v2/notifications',
    );
  });
});

describe('createMessageDraftStore', () => {
  /** A Storage in memory, like a tab's sessionStorage (jsdom is not needed for this). */
  function memoryStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => void items.set(key, value),
    };
  }

  it('keeps the unsent text until cleared, and gives it back only to who typed it', () => {
    const draft = createMessageDraftStore(() => undefined);
    expect(draft.get('agent1')).toBe('');
    draft.set('agent1', 'half a tweet');
    expect(draft.get('agent1')).toBe('half a tweet');
    expect(draft.get('agent2')).toBe('');
    draft.clear();
    expect(draft.get('agent1')).toBe('');
  });

  it('survives a reload through sessionStorage; unreadable stored values are ignored', () => {
    const storage = memoryStorage();
    createMessageDraftStore(() => storage).set('agent1', 'typed before the reload');
    expect(createMessageDraftStore(() => storage).get('agent1')).toBe('typed before the reload');
    createMessageDraftStore(() => storage).clear();
    expect(storage.length).toBe(0);
    storage.setItem('gws-tweet-console:unsent-message', '{"userName":1');
    expect(createMessageDraftStore(() => storage).get('agent1')).toBe('');
    const refusing = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    const draft = createMessageDraftStore(() => refusing);
    draft.set('agent1', 'still kept in memory');
    expect(draft.get('agent1')).toBe('still kept in memory');
  });
});

describe('createUnauthorizedSignal', () => {
  it('tells every listener until it unsubscribes', () => {
    const signal = createUnauthorizedSignal();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = signal.subscribe(first);
    signal.subscribe(second);
    const error = new GwsError({ kind: 'unauthorized', message: '401' });
    signal.publish(error);
    stopFirst();
    signal.publish(error);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledWith(error);
  });
});
