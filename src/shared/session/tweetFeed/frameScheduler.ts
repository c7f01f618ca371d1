/** Runs `callback` once, soon; the returned function cancels it. */
export type ScheduleFlush = (callback: () => void) => () => void;

export interface FrameSchedulerOptions {
  /** When no frame comes (hidden tab, jsdom without rendering), the timer runs the callback. */
  fallbackMs?: number;
  /**
   * A frame runs the callback only when at least this many ms have passed since the last run;
   * otherwise it waits for a later frame. 0: every frame.
   */
  minGapMs?: number;
  now?: () => number;
  requestFrame?: ((callback: () => void) => number) | undefined;
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
  requestFrame = typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(() => callback()) : undefined,
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
    const run = () => {
      if (done) return;
      finish();
      lastRunAt = now();
      callback();
    };
    const onFrame = () => {
      frame = undefined;
      if (done) return;
      if (requestFrame && now() - lastRunAt < minGapMs) frame = requestFrame(onFrame);
      else run();
    };
    const timer = setTimer(run, fallbackMs);
    if (requestFrame) frame = requestFrame(onFrame);
    return () => {
      if (!done) finish();
    };
  };
}
