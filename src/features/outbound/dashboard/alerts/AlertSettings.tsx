import { browserAlertApis, type AlertBrowserApis } from './alertBrowserApis';
import type { AlertThresholds } from './alertRules';
import { NotificationPermission } from './NotificationPermission';
import { ThresholdField } from './ThresholdField';
import './alerts.css';

interface AlertSettingsProps {
  /** From `useAlertThresholds()`. */
  thresholds: AlertThresholds;
  onThresholdsChange: (next: AlertThresholds) => void;
  /** The browser's Notification API unless a test gives another. */
  apis?: Pick<AlertBrowserApis, 'Notification'>;
}

/** The supervisor's alert thresholds (empty = off) and the browser-notification permission. */
export function AlertSettings({ thresholds, onThresholdsChange, apis = browserAlertApis() }: AlertSettingsProps) {
  return (
    <fieldset className="alert-settings">
      <legend>Alerts</legend>
      <ThresholdField
        label="Errors per minute at or above"
        value={thresholds.errorsPerMinute}
        onChange={(errorsPerMinute) => onThresholdsChange({ ...thresholds, errorsPerMinute })}
      />
      <ThresholdField
        label="Stuck tweets at or above"
        value={thresholds.stuck}
        onChange={(stuck) => onThresholdsChange({ ...thresholds, stuck })}
      />
      <NotificationPermission api={apis.Notification} />
    </fieldset>
  );
}
