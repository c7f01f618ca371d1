import type { Page } from 'playwright-core';

/** One main-thread task of the page over `thresholdMs`, with what took most of it. */
export interface TracedLongTask {
  durationMs: number;
  /** The task's largest nested trace events, e.g. "MajorGC 83 ms" or "FunctionCall 61 ms". */
  inside: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

function isTraceEvent(value: unknown): value is TraceEvent {
  if (typeof value !== 'object' || value === null) return false;
  if (!('name' in value && 'ph' in value && 'pid' in value && 'tid' in value && 'ts' in value)) return false;
  const { name, ph, pid, tid, ts } = value;
  return typeof name === 'string' && typeof ph === 'string' && typeof pid === 'number' && typeof tid === 'number' && typeof ts === 'number';
}

/**
 * Records a Chromium trace (timeline and V8 categories) while `during` runs and lists the page's
 * main-thread tasks longer than `thresholdMs` with their largest nested events: what a long task
 * was made of (a major GC, a script, style and layout…). Tracing slows the page a little.
 */
export async function traceLongTasks(page: Page, thresholdMs: number, during: () => Promise<void>): Promise<TracedLongTask[]> {
  const browser = page.context().browser();
  if (!browser) throw new Error('traceLongTasks needs a page of a launched browser');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  let trace: Buffer;
  try {
    await during();
  } finally {
    trace = await browser.stopTracing();
  }
  const parsed: unknown = JSON.parse(trace.toString());
  const raw: unknown = typeof parsed === 'object' && parsed !== null && 'traceEvents' in parsed ? parsed.traceEvents : parsed;
  const events = (Array.isArray(raw) ? raw : []).filter(isTraceEvent);
  // The page's main thread: the thread that ran the most task time.
  const taskTime = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && e.dur) taskTime.set(`${e.pid}:${e.tid}`, (taskTime.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...taskTime.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const spans = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
  return spans
    .filter((task) => task.name === 'RunTask' && (task.dur ?? 0) > thresholdMs * 1000)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = spans
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) >= 5_000)
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map((e) => `${e.name} ${Math.round((e.dur ?? 0) / 1000)} ms`);
      return { durationMs: Math.round((task.dur ?? 0) / 1000), inside };
    });
}
