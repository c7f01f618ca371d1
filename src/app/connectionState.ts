/** State of the notification (CometD) connection, as the header shows it. */
export type ConnectionState = 'not-connected' | 'connecting' | 'connected' | 'reconnecting';

export const connectionStateLabel: Record<ConnectionState, string> = {
  'not-connected': 'Not connected',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost — reconnecting…',
};
