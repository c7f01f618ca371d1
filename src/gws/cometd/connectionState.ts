/**
 * State of the notification connection. `attempt` counts consecutive failed /meta/connect or
 * /meta/handshake exchanges since the last success.
 */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  | { status: 'reconnecting'; attempt: number }
  | { status: 'disconnected' };

export function sameConnectionState(a: ConnectionState, b: ConnectionState): boolean {
  if (a.status === 'reconnecting' && b.status === 'reconnecting') return a.attempt === b.attempt;
  return a.status === b.status;
}
