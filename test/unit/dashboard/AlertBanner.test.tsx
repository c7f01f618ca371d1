// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AlertBanner } from '../../../src/features/outbound/dashboard/alerts/AlertBanner';
import type { AlertBrowserApis, NotificationApi } from '../../../src/features/outbound/dashboard/alerts/alertBrowserApis';
import type { AlertMeasures, AlertThresholds } from '../../../src/features/outbound/dashboard/alerts/alertRules';
import { useAlerts } from '../../../src/features/outbound/dashboard/alerts/useAlerts';

const pageTitle = 'GWS Tweet Console';
const thresholds: AlertThresholds = { errorsPerMinute: 2, stuck: 5 };
const calm: AlertMeasures = { errorsLastMinute: 0, stuck: 0 };

/** The Notification API with `permission`, keeping what was shown. */
function fakeNotifications(permission: NotificationPermission, { throws = false } = {}) {
  const shown: { title: string; options: NotificationOptions | undefined }[] = [];
  const api = class {
    static permission = permission;
    static requestPermission = () => Promise.resolve(permission);
    constructor(title: string, options?: NotificationOptions) {
      if (throws) throw new TypeError('Illegal constructor');
      shown.push({ title, options });
    }
  } satisfies NotificationApi;
  return { api, shown };
}

function Dashboard({ measures, apis }: { measures: AlertMeasures; apis: AlertBrowserApis }) {
  const alerts = useAlerts(measures, thresholds, apis);
  return <AlertBanner alerts={alerts.shown} onDismiss={alerts.dismiss} />;
}

function renderDashboard(permission: NotificationPermission = 'granted', options: { throws?: boolean } = {}) {
  const notifications = fakeNotifications(permission, options);
  const apis: AlertBrowserApis = { document, Notification: notifications.api };
  const view = render(<Dashboard measures={calm} apis={apis} />);
  const update = (measures: AlertMeasures) => view.rerender(<Dashboard measures={measures} apis={apis} />);
  return { ...view, update, notifications: notifications.shown };
}

const banner = () => screen.queryByRole('alert');

beforeEach(() => {
  document.title = pageTitle;
});

describe('alert banner, title and notifications', () => {
  it('an alert that starts shows the banner, puts the count before the title and notifies once', () => {
    const { update, notifications } = renderDashboard();
    expect(banner()).not.toBeInTheDocument();
    expect(document.title).toBe(pageTitle);
    expect(notifications).toEqual([]);

    update({ errorsLastMinute: 3, stuck: 0 });
    expect(banner()).toHaveTextContent('3 errors in the last minute (alert at 2)');
    expect(within(banner() as HTMLElement).getByRole('button', { name: 'Dismiss' })).toBeInTheDocument();
    expect(document.title).toBe(`(1) ${pageTitle}`);
    expect(notifications).toEqual([
      { title: 'Outbound tweets: alert', options: { body: '3 errors in the last minute (alert at 2)', tag: 'errors' } },
    ]);
  });

  it('an alert that stays crossed while its value changes notifies no more, and the banner follows the value', () => {
    const { update, notifications } = renderDashboard();
    update({ errorsLastMinute: 2, stuck: 0 });
    update({ errorsLastMinute: 4, stuck: 1 });
    update({ errorsLastMinute: 4, stuck: 1 });
    update({ errorsLastMinute: 9, stuck: 4 });
    expect(banner()).toHaveTextContent('9 errors in the last minute (alert at 2)');
    expect(notifications).toHaveLength(1);
    expect(document.title).toBe(`(1) ${pageTitle}`);
  });

  it('one line, one notification and one count per crossed alert', () => {
    const { update, notifications } = renderDashboard();
    update({ errorsLastMinute: 2, stuck: 5 });
    expect(within(banner() as HTMLElement).getAllByRole('listitem').map((line) => line.textContent)).toEqual([
      '2 errors in the last minute (alert at 2)',
      '5 tweets stuck (alert at 5)',
    ]);
    expect(document.title).toBe(`(2) ${pageTitle}`);
    expect(notifications.map((shown) => shown.options?.tag)).toEqual(['errors', 'stuck']);

    update({ errorsLastMinute: 0, stuck: 6 });
    expect(document.title).toBe(`(1) ${pageTitle}`);
    expect(banner()).toHaveTextContent('6 tweets stuck (alert at 5)');
    expect(notifications).toHaveLength(2);
  });

  it('clearing hides the banner and gives the title back', () => {
    const { update } = renderDashboard();
    update({ errorsLastMinute: 2, stuck: 7 });
    update({ errorsLastMinute: 1, stuck: 4 });
    expect(banner()).not.toBeInTheDocument();
    expect(document.title).toBe(pageTitle);
  });

  it('gives the title back when the dashboard goes away', () => {
    const { update, unmount } = renderDashboard();
    update({ errorsLastMinute: 5, stuck: 0 });
    expect(document.title).toBe(`(1) ${pageTitle}`);
    unmount();
    expect(document.title).toBe(pageTitle);
  });

  it('leaves alone a title that something else set meanwhile, and counts in front of it', () => {
    const { update } = renderDashboard();
    update({ errorsLastMinute: 3, stuck: 0 });
    document.title = 'Drafts (2)';
    update({ errorsLastMinute: 3, stuck: 5 });
    expect(document.title).toBe('(2) Drafts (2)');
    update(calm);
    expect(document.title).toBe('Drafts (2)');
  });

  it('Dismiss hides the banner until the alert clears and crosses again, which notifies again', async () => {
    const user = userEvent.setup();
    const { update, notifications } = renderDashboard();
    update({ errorsLastMinute: 3, stuck: 0 });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(banner()).not.toBeInTheDocument();
    expect(document.title).toBe(`(1) ${pageTitle}`);

    update({ errorsLastMinute: 6, stuck: 0 });
    expect(banner()).not.toBeInTheDocument();

    update(calm);
    update({ errorsLastMinute: 2, stuck: 0 });
    expect(banner()).toHaveTextContent('2 errors in the last minute (alert at 2)');
    expect(notifications.map((shown) => shown.options?.body)).toEqual([
      '3 errors in the last minute (alert at 2)',
      '2 errors in the last minute (alert at 2)',
    ]);
  });

  it('a dismissed alert stays hidden while another one starts and shows', async () => {
    const user = userEvent.setup();
    const { update } = renderDashboard();
    update({ errorsLastMinute: 3, stuck: 0 });
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    update({ errorsLastMinute: 3, stuck: 5 });
    expect(banner()).toHaveTextContent('5 tweets stuck (alert at 5)');
    expect(banner()).not.toHaveTextContent('errors');
  });

  it.each(['default', 'denied'] as const)('shows no notification without permission (%s), only the banner and the title', (permission) => {
    const { update, notifications } = renderDashboard(permission);
    update({ errorsLastMinute: 3, stuck: 0 });
    expect(banner()).toBeInTheDocument();
    expect(document.title).toBe(`(1) ${pageTitle}`);
    expect(notifications).toEqual([]);
  });

  it('still shows the banner where the browser refuses to construct a notification', () => {
    const { update } = renderDashboard('granted', { throws: true });
    update({ errorsLastMinute: 3, stuck: 0 });
    expect(banner()).toHaveTextContent('3 errors in the last minute (alert at 2)');
  });

  it('notifies once under StrictMode, whose effects run twice', () => {
    const { api, shown } = fakeNotifications('granted');
    const apis: AlertBrowserApis = { document, Notification: api };
    render(
      <StrictMode>
        <Dashboard measures={{ errorsLastMinute: 2, stuck: 0 }} apis={apis} />
      </StrictMode>,
    );
    expect(shown).toHaveLength(1);
    expect(document.title).toBe(`(1) ${pageTitle}`);
  });
});
