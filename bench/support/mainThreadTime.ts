import type { Page } from 'playwright-core';

/** The page's main thread over a span of time, from Chromium's own counters. */
export interface MainThreadTime {
  /** CPU time of the renderer's main thread (CDP `ThreadTime`), ms. */
  cpuMs: number;
  /** Time the main thread spent running tasks (CDP `TaskDuration`), ms. */
  busyMs: number;
}

/**
 * Starts counting the page's main-thread time (CDP Performance.getMetrics: `ThreadTime`, the
 * thread's CPU time, and `TaskDuration`, its time in tasks — both cumulative, in seconds); `stop()`
 * returns what was spent since, or undefined when Chromium does not report them.
 */
export async function countMainThreadTime(page: Page): Promise<{ stop(): Promise<MainThreadTime | undefined> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value;
    return { cpu: value('ThreadTime'), busy: value('TaskDuration') };
  };
  const start = await read();
  return {
    async stop() {
      const end = await read();
      await cdp.detach();
      if (start.cpu === undefined || end.cpu === undefined || start.busy === undefined || end.busy === undefined) return undefined;
      return { cpuMs: (end.cpu - start.cpu) * 1000, busyMs: (end.busy - start.busy) * 1000 };
    },
  };
}
