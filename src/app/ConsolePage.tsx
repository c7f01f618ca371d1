import { ComposeTweet } from '../features/compose/ComposeTweet';
import { LiveConnectionStatus, OutboundPanel } from '../features/outbound';
import { SessionHeader } from '../features/session/SessionHeader';
import { AppFrame } from '../shared/ui/AppFrame';

/**
 * The signed-in console: the header (connection, agent, Ready / Not Ready, Sign out) and the main
 * area (compose, then the outbound panel). Loaded on demand after sign-in (see App.tsx), so the
 * sign-in page does not carry twitter-text and the console's code.
 */
export function ConsolePage() {
  return (
    <AppFrame
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
      {/* Side by side on wide screens: the tweet just sent is in view without scrolling. */}
      <div className="console-layout">
        <ComposeTweet />
        {/* slot: outbound panel */}
        <OutboundPanel />
      </div>
    </AppFrame>
  );
}
