// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alertsOff } from '../../../src/features/outbound/dashboard/alerts/alertRules';
import {
  alertThresholdsKey, createAlertThresholdsStore, useAlertThresholds,
} from '../../../src/features/outbound/dashboard/alerts/alertThresholds';

type ThresholdsModule = typeof import('../../../src/features/outbound/dashboard/alerts/alertThresholds');

/** A page load: the module (and its page store) is evaluated afresh, as after a reload. */
async function loadPage(): Promise<ThresholdsModule> {
  vi.resetModules();
  return import('../../../src/features/outbound/dashboard/alerts/alertThresholds');
}

afterEach(() => {
  localStorage.clear();
});

describe('useAlertThresholds', () => {
  it('is all off when nothing is stored', async () => {
    const page = await loadPage();
    const { result } = renderHook(() => page.useAlertThresholds());
    expect(result.current[0]).toEqual(alertsOff);
  });

  it('survives a reload: a hook on the reloaded page reads what the first page stored', async () => {
    const firstPage = await loadPage();
    const first = renderHook(() => firstPage.useAlertThresholds());
    act(() => first.result.current[1]({ errorsPerMinute: 3, stuck: undefined }));
    expect(first.result.current[0]).toEqual({ errorsPerMinute: 3, stuck: undefined });
    first.unmount();
    expect(JSON.parse(localStorage.getItem('gws-tweet-console.alert-thresholds') ?? 'null')).toEqual({ errorsPerMinute: 3 });

    const reloaded = await loadPage();
    expect(reloaded.useAlertThresholds).not.toBe(firstPage.useAlertThresholds);
    const second = renderHook(() => reloaded.useAlertThresholds());
    expect(second.result.current[0]).toEqual({ errorsPerMinute: 3, stuck: undefined });

    act(() => second.result.current[1]({ errorsPerMinute: undefined, stuck: 7 }));
    second.unmount();
    const third = renderHook(() => useAlertThresholds(createAlertThresholdsStore()));
    expect(third.result.current[0]).toEqual({ errorsPerMinute: undefined, stuck: 7 });
  });

  it.each([
    ['not JSON', '{errorsPerMinute: 3'],
    ['not an object', '"3"'],
    ['null', 'null'],
    ['a number as text', '{"errorsPerMinute":"3","stuck":2}'],
    ['zero', '{"errorsPerMinute":0,"stuck":2}'],
    ['a negative number', '{"errorsPerMinute":2,"stuck":-1}'],
    ['a fraction', '{"stuck":1.5}'],
  ])('reads garbage in storage (%s) as all alerts off', (_what, stored) => {
    localStorage.setItem(alertThresholdsKey, stored);
    const { result } = renderHook(() => useAlertThresholds(createAlertThresholdsStore()));
    expect(result.current[0]).toEqual(alertsOff);
  });

  it('reads an alert stored as null or left out as off, and ignores fields it does not know', () => {
    localStorage.setItem(alertThresholdsKey, '{"errorsPerMinute":null,"stuck":4,"sound":"loud"}');
    expect(createAlertThresholdsStore().get()).toEqual({ errorsPerMinute: undefined, stuck: 4 });
  });

  it('every hook on the page shows the same thresholds, and follows a change made in another tab', () => {
    const store = createAlertThresholdsStore();
    const settings = renderHook(() => useAlertThresholds(store));
    const banner = renderHook(() => useAlertThresholds(store));
    act(() => settings.result.current[1]({ errorsPerMinute: 2, stuck: 5 }));
    expect(banner.result.current[0]).toEqual({ errorsPerMinute: 2, stuck: 5 });

    localStorage.setItem(alertThresholdsKey, '{"errorsPerMinute":9}');
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: alertThresholdsKey })));
    expect(banner.result.current[0]).toEqual({ errorsPerMinute: 9, stuck: undefined });
    expect(settings.result.current[0]).toEqual({ errorsPerMinute: 9, stuck: undefined });
  });

  it('keeps the thresholds for the page when storage refuses, and refuses thresholds that are not whole numbers of 1 or more', () => {
    const refusing = (): Storage => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = createAlertThresholdsStore(refusing);
    expect(store.get()).toEqual(alertsOff);
    store.set({ errorsPerMinute: 1, stuck: undefined });
    expect(store.get()).toEqual({ errorsPerMinute: 1, stuck: undefined });
    expect(() => store.set({ errorsPerMinute: 0, stuck: undefined })).toThrow(RangeError);
    expect(store.get()).toEqual({ errorsPerMinute: 1, stuck: undefined });
  });
});
