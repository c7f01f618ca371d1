import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browserAlertApis, type AlertBrowserApis } from './alertBrowserApis';
import { crossedAlerts, type AlertKind, type AlertMeasures, type AlertThresholds, type CrossedAlert } from './alertRules';
import { useTitleCount } from './useTitleCount';

export const notificationTitle = 'Outbound tweets: alert';

export interface Alerts {
  /** Every alert at or above its threshold now. */
  crossed: readonly CrossedAlert[];
  /** The crossed alerts the supervisor has not dismissed: the banner's lines. */
  shown: readonly CrossedAlert[];
  /** Hides the crossed alerts until each clears and crosses again. */
  dismiss: () => void;
}

const noKinds: ReadonlySet<AlertKind> = new Set();

function notify(api: AlertBrowserApis['Notification'], alert: CrossedAlert): void {
  if (api?.permission !== 'granted') return;
  try {
    new api(notificationTitle, { body: alert.text, tag: alert.kind });
  } catch {
    // Some browsers (Chrome on Android) allow notifications only from a service worker: the banner
    // and the title still tell.
  }
}

/**
 * The alert side effects of the measures against the thresholds: the crossed alerts for the
 * banner, their count in the document title, and one browser notification each time an alert
 * starts (goes from not crossed to crossed) — never again while it stays crossed.
 */
export function useAlerts(measures: AlertMeasures, thresholds: AlertThresholds, apis: AlertBrowserApis = browserAlertApis()): Alerts {
  const { errorsLastMinute, stuck } = measures;
  const { errorsPerMinute, stuck: stuckAt } = thresholds;
  const crossed = useMemo(
    () => crossedAlerts({ errorsLastMinute, stuck }, { errorsPerMinute, stuck: stuckAt }),
    [errorsLastMinute, stuck, errorsPerMinute, stuckAt],
  );

  // A dismissed alert that has cleared is forgotten (adjusted while rendering, not in an effect),
  // so its next crossing shows again.
  const [dismissed, setDismissed] = useState(noKinds);
  const crossedKinds = new Set(crossed.map((alert) => alert.kind));
  const stillDismissed = [...dismissed].filter((kind) => crossedKinds.has(kind));
  if (stillDismissed.length !== dismissed.size) setDismissed(new Set(stillDismissed));
  const dismiss = useCallback(() => setDismissed(new Set(crossed.map((alert) => alert.kind))), [crossed]);

  // The kinds crossed when notifications were last considered: only a kind new to that set notifies.
  const notifiedKinds = useRef(noKinds);
  useEffect(() => {
    for (const alert of crossed) {
      if (!notifiedKinds.current.has(alert.kind)) notify(apis.Notification, alert);
    }
    notifiedKinds.current = new Set(crossed.map((alert) => alert.kind));
  }, [crossed, apis]);

  useTitleCount(crossed.length, apis.document);

  const shown = crossed.filter((alert) => !dismissed.has(alert.kind));
  return { crossed, shown, dismiss };
}
