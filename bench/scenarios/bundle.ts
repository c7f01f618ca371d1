import { emptyResult, type Scenario, type Table } from '../report';
import { measureBundle, total, type AssetSize } from '../support/bundleSizes';
import { kb, round } from '../support/stats';

/** Issue 5: initial JS ≤ 110 KB gzip (-9). KB = 1,024 bytes, as bundle-notes.md. */
export const initialJsGzipTargetKb = 110;

const row = (label: string, sizes: readonly AssetSize[]) => [
  label,
  sizes.length,
  round(kb(total(sizes, 'raw'))),
  round(kb(total(sizes, 'gzip'))),
  round(kb(total(sizes, 'brotli'))),
];

const columns = ['what', 'files', 'raw KB', 'gzip -9 KB', 'brotli q11 KB'];

/** Scenario 3: sizes of what index.html loads (entry + modulepreload + their static imports + CSS), and the lazy chunks. */
export const bundleScenario: Scenario = async ({ distDir }) => {
  const sizes = await measureBundle(distDir);
  const result = emptyResult();
  const initialGzipKb = kb(total(sizes.initialJs, 'gzip'));
  const summary: Table = {
    title: 'Production build (sizes in KB = 1,024 bytes)',
    columns,
    rows: [
      row('initial JS', sizes.initialJs),
      row('initial CSS', sizes.initialCss),
      row('initial JS + CSS', [...sizes.initialJs, ...sizes.initialCss]),
      row('lazy JS chunks', sizes.lazyJs),
      row('lazy CSS', sizes.lazyCss),
    ],
  };
  const files: Table = {
    title: 'Per file',
    columns: ['file', 'loaded', 'raw KB', 'gzip -9 KB', 'brotli q11 KB'],
    rows: [
      ...sizes.initialJs.map((s) => fileRow(s, 'initial')),
      ...sizes.initialCss.map((s) => fileRow(s, 'initial')),
      ...sizes.lazyJs.map((s) => fileRow(s, 'lazy')),
      ...sizes.lazyCss.map((s) => fileRow(s, 'lazy')),
    ],
  };
  result.tables.push(summary, files);
  result.targets.push({
    target: `initial JS ≤ ${initialJsGzipTargetKb} KB gzip`,
    measured: `${round(initialGzipKb)} KB gzip`,
    met: initialGzipKb <= initialJsGzipTargetKb,
    value: round(initialGzipKb, 2),
    unit: 'KB',
    better: 'lower',
  });
  if (sizes.lazyJs.length === 0) result.notes.push('no lazy JS chunk: everything loads with the first page');
  result.data = { ...sizes, initialJsGzipKb: round(initialGzipKb, 2) };
  return result;
};

function fileRow(size: AssetSize, loaded: string) {
  return [size.file, loaded, round(kb(size.raw)), round(kb(size.gzip)), round(kb(size.brotli))];
}
