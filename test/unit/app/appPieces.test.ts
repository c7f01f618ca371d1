import { describe, expect, it, vi } from 'vitest';
import { createMessageDraftStore } from '../../../src/app/draft/messageDraftStore';
import { gwsAddressOf, notificationsUrlOf } from '../../../src/app/gwsAddress';
import { createUnauthorizedSignal } from '../../../src/app/session/unauthorizedSignal';
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
  it('keeps the unsent text until cleared', () => {
    const draft = createMessageDraftStore();
    expect(draft.get()).toBe('');
    draft.set('half a tweet');
    expect(draft.get()).toBe('half a tweet');
    draft.clear();
    expect(draft.get()).toBe('');
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
    signal.notify(error);
    stopFirst();
    signal.notify(error);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
    expect(second).toHaveBeenCalledWith(error);
  });
});
