import { createContext, useContext } from 'react';
import type { TwitterChannelStateStore } from './twitterChannelState';

/** What the session feature's header needs from the gate: Sign out and the Twitter channel state. */
export interface SessionControls {
  signOut: () => Promise<void>;
  twitterChannelState: TwitterChannelStateStore;
}

export const SessionControlsContext = createContext<SessionControls | null>(null);

export function useSessionControls(): SessionControls {
  const controls = useContext(SessionControlsContext);
  if (controls === null) throw new Error('useSessionControls() used outside <SessionGate> (signed in)');
  return controls;
}
