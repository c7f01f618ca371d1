import { useGwsSession } from '../../shared/session/GwsSessionContext';
import type { User } from '../../gws/schemas';
import { SignOutButton } from './SignOutButton';
import { TwitterReadyControl } from './TwitterReadyControl';
import './session.css';

/** "Alice Agent", or the user name when GWS gives no name. */
export function displayNameOf(user: Pick<User, 'firstName' | 'lastName' | 'userName'>): string {
  const name = [user.firstName, user.lastName].filter((part) => part && part.trim() !== '').join(' ');
  return name || user.userName;
}

/** [doc] The agent role (https://docs.genesys.com/Documentation/HTCC/8.5.2/API/UsersResource). */
const agentRole = 'ROLE_AGENT';

/**
 * The console header's user part: who is signed in, Ready / Not Ready for Twitter (only for users
 * with the agent role, as it routes inbound tweets to agents, and not for a supervisor with no
 * account to answer from: a control they cannot use), Sign out.
 */
export function SessionHeader() {
  const { user, isSupervisor, twitterAccounts } = useGwsSession();
  const isAgent = (user.roles?.includes(agentRole) ?? false) && !(isSupervisor && twitterAccounts.length === 0);
  return (
    <div className="session-header">
      <span className="session-header__agent">
        Signed in as <strong>{displayNameOf(user)}</strong> ({user.userName})
      </span>
      {isAgent ? <TwitterReadyControl /> : null}
      <SignOutButton />
    </div>
  );
}
