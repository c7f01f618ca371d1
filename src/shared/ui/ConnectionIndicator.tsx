/**
 * The coloured dot of a connection status (decorative: the words next to it say the state).
 * `state`: connected (green), connecting / reconnecting (amber), disconnected (red), else (paused) grey.
 */
export function ConnectionIndicator({ state }: { state: string }) {
  return <span className="connection-indicator" data-state={state} aria-hidden="true" />;
}
