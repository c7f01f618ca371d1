import { useGwsSession } from '../../../shared/session/GwsSessionContext';
import { ConnectionStatus } from './ConnectionStatus';
import './liveConnection.css';

/**
 * The header's connection indicators: GWS's notifications ("Connection") and, for a supervisor
 * with a team feed, the team feed's own connection, which is what the list shows then.
 */
export function LiveConnectionStatus() {
  const { notifications, tweetFeed, team } = useGwsSession();
  return (
    <div className="live-connections">
      <ConnectionStatus name="Connection" client={notifications} feed={tweetFeed} showsList={team === undefined} />
      {team ? <ConnectionStatus name="Team feed" client={team.notifications} feed={team.feed} showsList /> : null}
    </div>
  );
}
