// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlertSettings } from '../../../src/features/outbound/dashboard/alerts/AlertSettings';
import type { NotificationApi } from '../../../src/features/outbound/dashboard/alerts/alertBrowserApis';
import { createAlertThresholdsStore, useAlertThresholds, type AlertThresholdsStore } from '../../../src/features/outbound/dashboard/alerts/alertThresholds';

/** The Notification API as a browser has it before, or after, the supervisor answered. */
function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = 'granted') {
  let answerPrompt: (value: NotificationPermission) => void = () => undefined;
  const requestPermission = vi.fn(
    () =>
      new Promise<NotificationPermission>((resolve) => {
        answerPrompt = resolve;
      }),
  );
  const api = class {
    static permission = permission;
    static requestPermission = requestPermission;
  } satisfies NotificationApi;
  /** The supervisor answers the browser's prompt; what follows the answer has run when this resolves. */
  const answerTheBrowser = () =>
    act(async () => {
      answerPrompt(answer);
      await new Promise((settled) => setTimeout(settled, 0));
    });
  return { api, requestPermission, answer: answerTheBrowser };
}

function Settings({ store, api }: { store: AlertThresholdsStore; api: NotificationApi | undefined }) {
  const [thresholds, setThresholds] = useAlertThresholds(store);
  return <AlertSettings thresholds={thresholds} onThresholdsChange={setThresholds} apis={{ Notification: api }} />;
}

function renderSettings(api: NotificationApi | undefined) {
  const store = createAlertThresholdsStore();
  render(<Settings store={store} api={api} />);
  return store;
}

const errorsField = () => screen.getByRole('spinbutton', { name: 'Errors per minute at or above' });
const stuckField = () => screen.getByRole('spinbutton', { name: 'Stuck tweets at or above' });
const hint = 'Empty: no alert. Saved when you press Enter or leave the field.';
const invalidMessage = 'Enter a whole number of 1 or more, or leave it empty for no alert.';

afterEach(() => {
  localStorage.clear();
});

describe('AlertSettings', () => {
  it('is a group named Alerts with two labelled number fields, empty while the alerts are off', () => {
    renderSettings(fakeNotification('granted').api);
    expect(screen.getByRole('group', { name: 'Alerts' })).toBeInTheDocument();
    expect(errorsField()).toHaveValue(null);
    expect(stuckField()).toHaveValue(null);
    expect(errorsField()).toHaveAccessibleDescription(hint);
  });

  it('stores a whole number on Enter or on leaving the field — not "1" on the way to "12" — and an emptied field as off', async () => {
    const user = userEvent.setup();
    const store = renderSettings(fakeNotification('granted').api);
    await user.type(errorsField(), '1');
    expect(store.get()).toEqual({ errorsPerMinute: undefined, stuck: undefined });
    await user.type(errorsField(), '2{Enter}');
    expect(store.get()).toEqual({ errorsPerMinute: 12, stuck: undefined });
    await user.type(stuckField(), '5');
    await user.tab();
    expect(store.get()).toEqual({ errorsPerMinute: 12, stuck: 5 });
    expect(createAlertThresholdsStore().get()).toEqual({ errorsPerMinute: 12, stuck: 5 });

    await user.clear(errorsField());
    await user.tab();
    expect(store.get()).toEqual({ errorsPerMinute: undefined, stuck: 5 });
    expect(errorsField()).toHaveValue(null);
  });

  it.each(['0', '-3', '2.5'])('explains an invalid entry (%s) under the field and does not store it', async (entry) => {
    const user = userEvent.setup();
    const store = renderSettings(fakeNotification('granted').api);
    await user.type(stuckField(), '4{Enter}');
    await user.clear(stuckField());
    await user.type(stuckField(), `${entry}{Enter}`);

    expect(stuckField()).toHaveAttribute('aria-invalid', 'true');
    expect(stuckField()).toHaveAccessibleDescription(`${hint} ${invalidMessage}`);
    expect(screen.getByText(invalidMessage)).toBeVisible();
    await user.tab();
    expect(stuckField()).toHaveValue(Number(entry));
    expect(store.get()).toEqual({ errorsPerMinute: undefined, stuck: 4 });
    expect(errorsField()).not.toHaveAttribute('aria-invalid');

    await user.clear(stuckField());
    await user.type(stuckField(), '6');
    expect(screen.queryByText(invalidMessage)).not.toBeInTheDocument();
    expect(stuckField()).toHaveAccessibleDescription(hint);
    await user.tab();
    expect(store.get()).toEqual({ errorsPerMinute: undefined, stuck: 6 });
  });

  it('asks for the notification permission only when the button is clicked, never on render', async () => {
    const user = userEvent.setup();
    const notification = fakeNotification('default', 'granted');
    renderSettings(notification.api);
    expect(notification.requestPermission).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Allow browser notifications' }));
    expect(notification.requestPermission).toHaveBeenCalledTimes(1);
    await notification.answer();

    expect(screen.getByText('Browser notifications on')).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Allow browser notifications' })).not.toBeInTheDocument();
  });

  it('keeps the button when the supervisor closes the prompt without answering', async () => {
    const user = userEvent.setup();
    const notification = fakeNotification('default', 'default');
    renderSettings(notification.api);
    await user.click(screen.getByRole('button', { name: 'Allow browser notifications' }));
    await notification.answer();
    await user.click(screen.getByRole('button', { name: 'Allow browser notifications' }));
    expect(notification.requestPermission).toHaveBeenCalledTimes(2);
  });

  it('says the notifications are blocked (no button) when the site is denied them', () => {
    const notification = fakeNotification('denied');
    renderSettings(notification.api);
    expect(screen.getByText('Browser notifications are blocked for this site')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(notification.requestPermission).not.toHaveBeenCalled();
  });

  it('says the notifications are on (no button) when they are granted', () => {
    renderSettings(fakeNotification('granted').api);
    expect(screen.getByText('Browser notifications on')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers no button in a browser without notifications', () => {
    renderSettings(undefined);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/does not show notifications/)).toBeInTheDocument();
  });
});
