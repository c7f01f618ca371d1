/** Runs `callback` once, soon; the returned function cancels it. */
export type ScheduleFlush = (callback: () => void) => () => void;

export interface FrameSchedulerOptions {
  /** When no frame comes (hidden tab, jsdom without rendering), the timer runs the callback. */
  fallbackMs?: number;
  requestFrame?: ((callback: () => void) => number) | undefined;
  cancelFrame?: ((handle: number) => void) | undefined;
  setTimer?: (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer?: (handle: ReturnType<typeof setTimeout>) => void;
}

/**
 * Next animation frame, or a fallback timer, whichever comes first: one flush per frame while the
 * tab is visible, and still a flush (every `fallbackMs`, or as often as the browser lets timers
 * run) while it is hidden and frames stop.
 */
export function createFrameScheduler({
  fallbackMs = 100,
  requestFrame = typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(() => callback()) : undefined,
  cancelFrame = typeof cancelAnimationFrame === 'function' ? (handle) => cancelAnimationFrame(handle) : undefined,
  setTimer = (callback, ms) => setTimeout(callback, ms),
  clearTimer = (handle) => clearTimeout(handle),
}: FrameSchedulerOptions = {}): ScheduleFlush {
  return (callback) => {
    let done = false;
    let frame: number | undefined;
    const run = () => {
      if (done) return;
      done = true;
      if (frame !== undefined) cancelFrame?.(frame);
      clearTimer(timer);
      callback();
    };
    const timer = setTimer(run, fallbackMs);
    if (requestFrame) frame = requestFrame(run);
    return () => {
      if (done) return;
      done = true;
      if (frame !== undefined) cancelFrame?.(frame);
      clearTimer(timer);
    };
  };
}
