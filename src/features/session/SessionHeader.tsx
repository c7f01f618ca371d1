import { useState } from 'react';
import { useGwsSession } from '../../app/session/GwsSessionContext';
import type { User } from '../../gws/schemas';
import { useSessionControls } from './SessionControlsContext';
import { TwitterReadyControl } from './TwitterReadyControl';
import './session.css';

/** "Alice Agent", or the user name when GWS gives no name. */
export function displayNameOf(user: Pick<User, 'firstName' | 'lastName' | 'userName'>): string {
  const name = [user.firstName, user.lastName].filter((part) => part && part.trim() !== '').join(' ');
  return name || user.userName;
}

/** The console header's agent part: who is signed in, Ready / Not Ready for Twitter, Sign out. */
export function SessionHeader() {
  const { user } = useGwsSession();
  const { signOut } = useSessionControls();
  const [signingOut, setSigningOut] = useState(false);

  const onSignOut = () => {
    if (signingOut) return;
    setSigningOut(true);
    void signOut();
  };

  return (
    <div className="session-header">
      <span className="session-header__agent">
        Signed in as <strong>{displayNameOf(user)}</strong> ({user.userName})
      </span>
      <TwitterReadyControl />
      <button type="button" className="session-header__sign-out" onClick={onSignOut} disabled={signingOut}>
        Sign out
      </button>
      {signingOut ? (
        <span role="status" className="session-header__progress">
          Signing out…
        </span>
      ) : null}
    </div>
  );
}
