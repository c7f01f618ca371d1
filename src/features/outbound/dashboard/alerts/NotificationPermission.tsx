import { useEffect, useRef, useState } from 'react';
import type { NotificationApi } from './alertBrowserApis';

const permissionText: Record<NotificationPermission, string> = {
  default: 'Get a browser notification when an alert starts, even while this tab is in the background.',
  denied: 'Browser notifications are blocked for this site',
  granted: 'Browser notifications on',
};

/**
 * Where the supervisor allows browser notifications. The browser's prompt comes only from the
 * button (browsers refuse, or hold against the site, a prompt nobody asked for): never on load.
 */
export function NotificationPermission({ api }: { api: NotificationApi | undefined }) {
  const [permission, setPermission] = useState(() => api?.permission);
  const [answered, setAnswered] = useState(false);
  const message = useRef<HTMLParagraphElement>(null);

  // The button is gone once the browser has the answer: the keyboard continues from the answer.
  useEffect(() => {
    if (answered && permission !== 'default') message.current?.focus();
  }, [answered, permission]);

  if (!api || permission === undefined) {
    return <p className="alert-settings__hint">This browser does not show notifications: alerts show on this page.</p>;
  }

  const ask = (): void => {
    api
      .requestPermission()
      .catch(() => api.permission)
      .then((answer) => {
        setPermission(answer);
        setAnswered(true);
      })
      .catch(() => undefined);
  };

  return (
    <div className="alert-settings__notifications">
      <p ref={message} tabIndex={-1} className="alert-settings__permission" data-permission={permission}>
        {permissionText[permission]}
      </p>
      {permission === 'default' && (
        <button type="button" onClick={ask}>
          Allow browser notifications
        </button>
      )}
    </div>
  );
}
