/** The timer functions cometd-nodejs-client's adapt() puts on its `window`, which the `cometd` library calls. */
interface TimerHost {
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

export interface LibraryTimers {
  /** The delays (ms) of the timers scheduled and neither run nor cleared yet. */
  pending(): number[];
  restore(): void;
}

/**
 * Records the timers the `cometd` library schedules (in Node it reads window.setTimeout, which
 * adapt() installs): everything it does later, a retry included, waits on one of them. They still
 * run as scheduled. Call after adapt(); `restore()` puts the originals back.
 */
export function watchLibraryTimers(): LibraryTimers {
  const host = (globalThis as unknown as { window: TimerHost }).window;
  const original: TimerHost = { setTimeout: host.setTimeout, clearTimeout: host.clearTimeout };
  const pending = new Map<ReturnType<typeof setTimeout>, number>();
  const watchedSetTimeout = (run: () => void, delay = 0) => {
    const handle = original.setTimeout(() => {
      pending.delete(handle);
      run();
    }, delay);
    pending.set(handle, delay);
    return handle;
  };
  const watchedClearTimeout = (handle: ReturnType<typeof setTimeout> | undefined) => {
    if (handle !== undefined) pending.delete(handle);
    original.clearTimeout(handle);
  };
  Object.assign(host, { setTimeout: watchedSetTimeout, clearTimeout: watchedClearTimeout });
  return {
    pending: () => [...pending.values()],
    restore: () => Object.assign(host, original),
  };
}
