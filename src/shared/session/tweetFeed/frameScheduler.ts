/** Runs `callback` once, soon; the returned function cancels it. */
export type ScheduleFlush = (callback: () => void) => () => void;

export interface FrameSchedulerOptions {
  /** When no frame comes (hidden tab, jsdom without rendering), the timer runs the callback. */
  fallbackMs?: number;
  /**
   * A frame runs the callback only when it began at least this many ms after the last run (frame
   * times, as requestAnimationFrame gives them: the same for every callback of a frame, so the
   * order of callbacks does not tip the count); otherwise it waits for a later frame. 0: every frame.
   */
  minGapMs?: number;
  /** The clock of a run by the fallback timer (frames bring their own time). */
  now?: () => number;
  requestFrame?: ((callback: (frameTime: number) => void) => number) | undefined;
  cancelFrame?: ((handle: number) => void) | undefined;
  setTimer?: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (handle: ReturnType<typeof setTimeout>) => void;
}

/**
 * The first animation frame at least `minGapMs` after the last run, or a fallback timer, whichever
 * comes first: at most one run per frame while the tab is visible, and still a run (every
 * `fallbackMs`, or as often as the browser lets timers run) while it is hidden and frames stop.
 */
export function createFrameScheduler({
  fallbackMs = 100,
  minGapMs = 0,
  now = () => performance.now(),
  requestFrame = typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(callback) : undefined,
  cancelFrame = typeof cancelAnimationFrame === 'function' ? (handle) => cancelAnimationFrame(handle) : undefined,
  setTimer = (callback, ms) => setTimeout(callback, ms),
  clearTimer = (handle) => clearTimeout(handle),
}: FrameSchedulerOptions = {}): ScheduleFlush {
  let lastRunAt = -Infinity;
  return (callback) => {
    let done = false;
    let frame: number | undefined;
    const finish = () => {
      done = true;
      if (frame !== undefined) cancelFrame?.(frame);
      clearTimer(timer);
    };
    const run = (at: number) => {
      if (done) return;
      finish();
      lastRunAt = at;
      callback();
    };
    const onFrame = (frameTime: number) => {
      frame = undefined;
      if (done) return;
      if (requestFrame && frameTime - lastRunAt < minGapMs) frame = requestFrame(onFrame);
      else run(frameTime);
    };
    const timer = setTimer(() => run(now()), fallbackMs);
    if (requestFrame) frame = requestFrame(onFrame);
    return () => {
      if (!done) finish();
    };
  };
}
