import type { ConnectionState } from '../../../gws/cometd';

/** What the header says about the notification connection. */
export function connectionLabel(state: ConnectionState): string {
  switch (state.status) {
    case 'connected':
      return 'Live';
    case 'connecting':
      return 'Connecting…';
    case 'reconnecting':
      return `Reconnecting… (attempt ${state.attempt})`;
    case 'disconnected':
      return 'Offline';
  }
}
