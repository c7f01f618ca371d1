import type { CrossedAlert } from './alertRules';
import './alerts.css';

interface AlertBannerProps {
  /** The lines to show (`useAlerts().shown`); nothing is rendered without any. */
  alerts: readonly CrossedAlert[];
  onDismiss: () => void;
}

/**
 * The crossed alerts, one line each, above the dashboard. `role="alert"`: a screen reader says it
 * as soon as it appears, whatever the supervisor is doing.
 */
export function AlertBanner({ alerts, onDismiss }: AlertBannerProps) {
  if (alerts.length === 0) return null;
  return (
    <div className="alert-banner" role="alert">
      <ul className="alert-banner__lines">
        {alerts.map((alert) => (
          <li key={alert.kind}>{alert.text}</li>
        ))}
      </ul>
      <button type="button" className="alert-banner__dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
