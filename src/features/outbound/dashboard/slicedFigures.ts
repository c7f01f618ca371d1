import type { OrderedStore } from '../model/orderedStore';
import type { OutboundEntry } from '../model/outboundEntry';
import { FiguresPass, type DashboardFigures, type FiguresInput } from './dashboardFigures';

/**
 * The figures' pass over up to 100,000 tweets, cut into slices of a few milliseconds, one task
 * each, so the list keeps its frames and no task is long. The store is immutable: a pass reads the
 * one snapshot it started with, whatever the list does meanwhile.
 */

export interface SliceOptions {
  /** How long one slice may run (ms); the clock is read every `checkEvery` entries. */
  budgetMs: number;
  /** Milliseconds, monotonic; `performance.now` unless a test gives its own. */
  clock?: () => number;
}

/** Entries visited between two looks at the clock: about a quarter of a millisecond of work. */
const checkEvery = 256;

/**
 * The pass as steps: each `next()` runs one slice (entries oldest first, as `values()` gives them,
 * until `budgetMs` has gone by); the last returns the figures.
 */
export function* figuresSteps(entries: OrderedStore<OutboundEntry>, input: FiguresInput, { budgetMs, clock = () => performance.now() }: SliceOptions): Generator<void, DashboardFigures, void> {
  const pass = new FiguresPass(input);
  const size = entries.size;
  let sliceStart = clock();
  for (let done = 0; done < size; ) {
    const end = Math.min(size, done + checkEvery);
    for (; done < end; done += 1) {
      const entry = entries.atNewest(size - 1 - done);
      if (entry) pass.add(entry);
    }
    if (done < size && clock() - sliceStart >= budgetMs) {
      yield;
      sliceStart = clock();
    }
  }
  // The medians and the sort take a few ms more: in a slice of their own when this one is half spent.
  if (clock() - sliceStart >= budgetMs / 2) yield;
  return pass.finish();
}

interface Request {
  entries: OrderedStore<OutboundEntry>;
  input: FiguresInput;
}

/**
 * Runs one pass at a time, each slice in a task of its own (`setTimeout` 0): not even the first
 * runs in the caller's task, which may be a render of the list (React runs pending effects before
 * its next render). Only until the first figures are out does the first slice run at once, so that
 * a small list has its figures as soon as the dashboard shows. A request made while a pass runs
 * waits for it (only the latest waits), so a pass always finishes, however often figures are asked for.
 */
export class FiguresRunner {
  private running: { timer: ReturnType<typeof setTimeout> | undefined } | undefined;
  private pending: Request | undefined;
  private reported = false;

  constructor(
    private readonly onFigures: (figures: DashboardFigures) => void,
    private readonly options: SliceOptions,
  ) {}

  request(entries: OrderedStore<OutboundEntry>, input: FiguresInput): void {
    if (this.running) this.pending = { entries, input };
    else this.run({ entries, input });
  }

  /** Drops the pass under way and any waiting request: nothing more is reported. */
  stop(): void {
    if (this.running?.timer !== undefined) clearTimeout(this.running.timer);
    this.running = undefined;
    this.pending = undefined;
  }

  private run({ entries, input }: Request): void {
    const steps = figuresSteps(entries, input, this.options);
    const job: { timer: ReturnType<typeof setTimeout> | undefined } = { timer: undefined };
    this.running = job;
    const slice = (): void => {
      job.timer = undefined;
      const step = steps.next();
      if (!step.done) {
        job.timer = setTimeout(slice, 0);
        return;
      }
      this.running = undefined;
      this.reported = true;
      this.onFigures(step.value);
      const next = this.pending;
      this.pending = undefined;
      if (next && !this.running) this.run(next);
    };
    if (this.reported) job.timer = setTimeout(slice, 0);
    else slice();
  }
}
