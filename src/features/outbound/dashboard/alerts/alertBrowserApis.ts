/**
 * The browser APIs the alerts use, passed in so tests can give fakes (and so a browser without
 * the Notification API, or a page in Node, simply has none).
 */

/** The static side of the Notification API: what `window.Notification` is. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): unknown;
}

export interface AlertBrowserApis {
  /** Whose title carries the count of crossed alerts. */
  document: Pick<Document, 'title'>;
  /** undefined where the browser has no notifications (or the page is not in a browser). */
  Notification: NotificationApi | undefined;
}

let pageApis: AlertBrowserApis | undefined;

/** The page's own APIs; the same object every time, so hooks that depend on it do not re-run. */
export function browserAlertApis(): AlertBrowserApis {
  pageApis ??= {
    document: typeof document === 'undefined' ? { title: '' } : document,
    Notification: typeof Notification === 'undefined' ? undefined : Notification,
  };
  return pageApis;
}
