import { useId, useState } from 'react';
import { ComposeTweet } from '../features/compose/ComposeTweet';
import { LiveConnectionStatus, OutboundPanel } from '../features/outbound';
import { SessionHeader } from '../features/session/SessionHeader';
import { useGwsSession } from '../shared/session/GwsSessionContext';
import { AppFrame } from '../shared/ui/AppFrame';

/**
 * The signed-in console: the header (connection, user, Ready / Not Ready, Sign out) and the main
 * area. An agent composes beside the outbound panel. A supervisor watches: the panel takes the full
 * width, and Compose opens on demand only when they have a Twitter account to send from. Loaded on
 * demand after sign-in (see App.tsx), so the sign-in page does not carry the console's code.
 */
export function ConsolePage() {
  const { isSupervisor, twitterAccounts } = useGwsSession();
  return (
    <AppFrame
      wide
      header={
        <div className="app-header__slot">
          {/* slot: connection indicator (outbound feature) */}
          <LiveConnectionStatus />
          <SessionHeader />
        </div>
      }
    >
      {/* The page's one level-1 heading, for screen-reader navigation (the banner shows the product name). */}
      <h1 className="visually-hidden">Outbound Twitter console</h1>
      {isSupervisor ? (
        <div className={`console-layout console-layout--dashboard${twitterAccounts.length > 0 ? '' : ' console-layout--panel-only'}`}>
          {twitterAccounts.length > 0 ? <ComposeOnDemand /> : null}
          <OutboundPanel />
        </div>
      ) : (
        // Side by side on wide screens: the tweet just sent is in view without scrolling.
        <div className="console-layout">
          <ComposeTweet />
          <OutboundPanel />
        </div>
      )}
    </AppFrame>
  );
}

/** A supervisor who also has accounts opens Compose when they want to send, and closes it again. */
function ComposeOnDemand() {
  const [open, setOpen] = useState(false);
  const composeId = useId();
  return (
    <div className="compose-on-demand">
      <button type="button" aria-expanded={open} aria-controls={composeId} onClick={() => setOpen((was) => !was)}>
        {open ? 'Close Compose' : 'Compose a tweet'}
      </button>
      <div id={composeId} hidden={!open}>
        {open ? <ComposeTweet /> : null}
      </div>
    </div>
  );
}
