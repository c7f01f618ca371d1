/**
 * `npx tsx bench/dashboardFigures.ts [--tweets 100000] [--runs 15] [--node-only]` — what the
 * supervisor dashboard's figures cost per pass over the panel's 100,000 tweets, before (three
 * separate passes) and after (one fused pass, and that pass in 8 ms slices), with the heap the
 * figures retain; in Node, then in Chromium (the browser the bench and the e2e tests use).
 *
 * Both matter: Node 20's V8 gives every `{ ...stateTimes, [state]: at }` of the reducer its own
 * hidden class (each read of a state time is then a slow lookup, ~0.1–0.3 µs), Chromium's newer
 * V8 shares them; Chromium's figures are the page's.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../test/e2e/support/browser';
import { measureDashboardFigures, type Measurement, type MeasureOptions } from './support/dashboardFiguresMeasure';

const { values: args } = parseArgs({
  options: { tweets: { type: 'string', default: '100000' }, runs: { type: 'string', default: '15' }, 'node-only': { type: 'boolean', default: false } },
});
const options = { tweets: Number(args.tweets), runs: Number(args.runs) };

function print(where: string, m: Measurement): void {
  const row = (cells: (string | number)[]) => console.log(cells.map((cell, i) => (i === 0 ? String(cell).padEnd(58) : String(cell).padStart(9))).join(''));
  const fixed = (value: number | undefined, digits = 1) => (value === undefined ? 'n/a' : value.toFixed(digits));
  console.log(`\n${where}: ${m.entries.toLocaleString('en-US')} entries built by the reducer in ${Math.round(m.buildMs)} ms`);
  row([`ms per pass`, 'median', 'max']);
  for (const t of m.timings) row([t.name, fixed(t.medianMs), fixed(t.maxMs)]);
  const before = m.timings.filter((t) => t.name.startsWith('before')).reduce((sum, t) => sum + t.medianMs, 0);
  row(['before: the three together', fixed(before), '']);
  row(['after, sliced: slices per pass / longest slice (ms)', m.slicesPerPass, fixed(m.longestSliceMs)]);
  console.log(`retained: the tweets ${fixed(m.entriesMiB)} MiB; one set of figures (${m.agentRows} agent rows, measures, 15- and 60-minute rates) ${fixed(m.figuresKiB, 0)} KiB`);
}

const gc = (globalThis as { gc?: () => void }).gc;
const nodeHeap = gc
  ? () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    }
  : undefined;
print(`Node ${process.version}${gc ? '' : ' (no --expose-gc: no memory figures)'}`, measureDashboardFigures({ ...options, heapAfterGc: nodeHeap }));

if (!args['node-only']) {
  // The same module, bundled as one script for the page: window.measureDashboardFigures.
  const bundled = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./support/dashboardFiguresMeasure.ts', import.meta.url)), formats: ['iife'], name: 'dashboardFiguresBench' },
    },
  });
  const output = Array.isArray(bundled) ? bundled[0] : bundled;
  const code = output && 'output' in output ? output.output[0].code : undefined;
  if (!code) throw new Error('the bundle for the page came out empty');

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    const measured = await page.evaluate((opts: Pick<MeasureOptions, 'tweets' | 'runs'>) => {
      const page = window as unknown as {
        dashboardFiguresBench: { measureDashboardFigures: typeof measureDashboardFigures };
        gc?: () => void;
        performance: { memory?: { usedJSHeapSize: number } };
      };
      const heapAfterGc = page.gc
        ? () => {
            page.gc?.();
            page.gc?.();
            return page.performance.memory?.usedJSHeapSize ?? Number.NaN;
          }
        : undefined;
      return page.dashboardFiguresBench.measureDashboardFigures({ ...opts, heapAfterGc });
    }, options);
    print(`Chromium ${browser.version()}`, measured);
  } finally {
    await browser.close();
  }
}
