/**
 * Every timer of one simulator instance, so close() can clear them all and the process can exit.
 * After clearAll() nothing new is scheduled.
 */
export interface Timers {
  after(ms: number, fn: () => void): void;
  /** Runs fn every `ms` until the returned stop() is called (or clearAll). */
  every(ms: number, fn: () => void): () => void;
  /** Runs fn on the next turn of the event loop (after the current response is written). */
  soon(fn: () => void): void;
  clearAll(): void;
  readonly closed: boolean;
}

export function createTimers(onError: (error: unknown) => void): Timers {
  const timeouts = new Set<NodeJS.Timeout>();
  const intervals = new Set<NodeJS.Timeout>();
  const immediates = new Set<NodeJS.Immediate>();
  let closed = false;

  const guarded = (fn: () => void) => () => {
    try {
      fn();
    } catch (error) {
      onError(error);
    }
  };

  return {
    get closed() {
      return closed;
    },
    after(ms, fn) {
      if (closed) return;
      const handle = setTimeout(() => {
        timeouts.delete(handle);
        guarded(fn)();
      }, ms);
      timeouts.add(handle);
    },
    every(ms, fn) {
      if (closed) return () => undefined;
      const handle = setInterval(guarded(fn), ms);
      intervals.add(handle);
      return () => {
        clearInterval(handle);
        intervals.delete(handle);
      };
    },
    soon(fn) {
      if (closed) return;
      const handle = setImmediate(() => {
        immediates.delete(handle);
        guarded(fn)();
      });
      immediates.add(handle);
    },
    clearAll() {
      closed = true;
      timeouts.forEach(clearTimeout);
      intervals.forEach(clearInterval);
      immediates.forEach(clearImmediate);
      timeouts.clear();
      intervals.clear();
      immediates.clear();
    },
  };
}
