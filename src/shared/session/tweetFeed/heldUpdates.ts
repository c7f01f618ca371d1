/** Live updates held by Pause, as the Pause control and the header show them. */
export interface HeldUpdates {
  paused: boolean;
  /** Distinct tweets with updates waiting. */
  waitingTweets: number;
  /** Updates waiting. */
  waitingEvents: number;
  /** Set when too many updates waited and live updates resumed by themselves. */
  autoResumed: boolean;
}

export const notHeld: HeldUpdates = { paused: false, waitingTweets: 0, waitingEvents: 0, autoResumed: false };

export const heldUpdates = (waitingTweets: number, waitingEvents: number): HeldUpdates => ({
  paused: true,
  waitingTweets,
  waitingEvents,
  autoResumed: false,
});
