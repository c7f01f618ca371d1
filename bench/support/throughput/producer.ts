/**
 * Server-side publisher with flow control, the same for the simulator and the bare server: it
 * publishes `count` notifications as fast as the process allows, in chunks (yielding to I/O between
 * chunks so long-polls are answered), but never more than `window` ahead of what the client has
 * acknowledged — so neither server piles up an unbounded queue (the simulator drops a session
 * over 50,000 queued) and both are measured on the same terms.
 */
export interface RunResult {
  published: number;
  /** The deadline stopped the run before `count`. */
  timedOut: boolean;
  /** The client acknowledged nothing for `stallMs`: the run gave up (lost notifications, a dropped session…). */
  stalled: boolean;
}

export interface Producer {
  run(count: number, window: number, deadlineMs?: number): Promise<RunResult>;
  /** The client has received this many notifications in all (cumulative). */
  ack(received: number): void;
  readonly published: number;
}

const chunkSize = 500;
const stallMs = 10_000;

export function createProducer(publishOne: (sequence: number) => void): Producer {
  let published = 0;
  let acked = 0;
  let lastAckAt = Date.now();
  let wake: (() => void) | undefined;
  const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));
  const ackArrives = () => new Promise<void>((resolve) => (wake = resolve));

  return {
    get published() {
      return published;
    },
    ack(received) {
      if (received > acked) {
        acked = received;
        lastAckAt = Date.now();
      }
      const w = wake;
      wake = undefined;
      w?.();
    },
    async run(count, window, deadlineMs) {
      const target = published + count;
      lastAckAt = Date.now();
      // Over IPC an absent deadline arrives as null.
      const deadline = typeof deadlineMs === 'number' ? Date.now() + deadlineMs : Infinity;
      const startedWith = published;
      while (published < target) {
        if (Date.now() >= deadline) return { published: published - startedWith, timedOut: true, stalled: false };
        const room = Math.min(chunkSize, target - published, window - (published - acked));
        if (room <= 0) {
          if (Date.now() - lastAckAt > stallMs) return { published: published - startedWith, timedOut: false, stalled: true };
          await Promise.race([ackArrives(), new Promise((resolve) => setTimeout(resolve, 1_000))]);
          continue;
        }
        for (let i = 0; i < room; i++) publishOne(++published);
        await yieldToIo();
      }
      return { published: published - startedWith, timedOut: false, stalled: false };
    },
  };
}
