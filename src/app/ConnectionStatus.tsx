import { useId } from 'react';
import { ConnectionIndicator } from './ConnectionIndicator';
import { connectionStateLabel, type ConnectionState } from './connectionState';

interface ConnectionStatusProps {
  status: ConnectionState;
  /** Optional extra words, e.g. why the connection dropped. */
  detail?: string;
}

/** The header's live connection indicator; screen readers hear changes politely. */
export function ConnectionStatus({ status, detail }: ConnectionStatusProps) {
  const labelId = useId();
  return (
    <div className="connection-status" data-state={status} role="status" aria-live="polite" aria-labelledby={labelId}>
      <span id={labelId} className="connection-status__label">
        Connection
      </span>
      <ConnectionIndicator state={status} />
      <span>{connectionStateLabel[status]}</span>
      {detail ? <span className="connection-status__detail">{detail}</span> : null}
    </div>
  );
}
