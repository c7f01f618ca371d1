import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MachineInfo } from './machine';
import type { TargetComparison } from './support/compare';

export type Cell = string | number | boolean | null | undefined;

export interface Table {
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** A target of issue 5 next to what was measured; `met` undefined = not measured. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
  /**
   * The measured figure as a number (in `unit`), for `--baseline`'s comparison: new / baseline is
   * printed as a ratio. Without it the comparison shows the two `measured` texts only.
   */
  value?: number;
  /** Unit of `value` as printed after it ("ms", "KB", "%", "frames/s"…). */
  unit?: string;
  /** Which way is an improvement; the ratio then says "better" or "worse". */
  better?: 'lower' | 'higher';
}

export interface ScenarioResult {
  status: 'ok' | 'skipped' | 'failed';
  /** Caveats printed under the tables (fallbacks, clamps, what is missing). */
  notes: string[];
  tables: Table[];
  targets: TargetCheck[];
  /** Raw figures for bench/results/latest.json. */
  data: Record<string, unknown>;
}

export interface ScenarioContext {
  /** The production build (vite build output directory). */
  distDir: string;
  /** The Content-Security-Policy that build shipped with, when it is not this tree's (a --baseline build). */
  contentSecurityPolicy?: string;
  quick: boolean;
  /** Extra CPU profiling even when no target is missed. */
  profile: boolean;
  /** Where profiles and other artefacts go (bench/results). */
  resultsDir: string;
  log: (line: string) => void;
}

export type Scenario = (context: ScenarioContext) => Promise<ScenarioResult>;

export function emptyResult(status: ScenarioResult['status'] = 'ok'): ScenarioResult {
  return { status, notes: [], tables: [], targets: [], data: {} };
}

export function skipped(reason: string): ScenarioResult {
  return { ...emptyResult('skipped'), notes: [`skipped: ${reason}`] };
}

function formatCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '–';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'n/a';
    return Number.isInteger(cell) ? cell.toLocaleString('en-US') : cell.toLocaleString('en-US', { maximumFractionDigits: 1 });
  }
  if (typeof cell === 'boolean') return cell ? 'yes' : 'NO';
  return cell;
}

/** A plain-text table, columns padded; numbers right-aligned. */
export function formatTable(table: Table): string {
  const cells = table.rows.map((row) => row.map(formatCell));
  const widths = table.columns.map((column, i) => Math.max(column.length, ...cells.map((row) => (row[i] ?? '').length)));
  const numeric = table.columns.map((_, i) => table.rows.every((row) => typeof row[i] === 'number' || row[i] == null));
  const line = (row: string[]) =>
    row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [`  ${table.title}`, `  ${line(table.columns)}`, `  ${widths.map((w) => '-'.repeat(w)).join('  ')}`, ...cells.map((row) => `  ${line(row)}`)].join('\n');
}

export function formatScenario(name: string, result: ScenarioResult, durationMs: number): string {
  const out = [`\n== ${name} (${result.status}, ${(durationMs / 1000).toFixed(1)} s) ==`];
  for (const table of result.tables) out.push(formatTable(table));
  if (result.targets.length > 0) {
    out.push(
      formatTable({
        title: 'Targets (issue 5)',
        columns: ['target', 'measured', 'met'],
        rows: result.targets.map((t) => [t.target, t.measured, t.met === undefined ? 'not measured' : t.met ? 'yes' : 'NO']),
      }),
    );
  }
  for (const note of result.notes) out.push(`  note: ${note}`);
  return out.join('\n');
}

export type TimedResult = ScenarioResult & { durationMs: number };

/** `--baseline <ref>`: the other build, how it was made, and its results (same bench code). */
export interface BaselineReport {
  ref: string;
  commit: string;
  /** node_modules: a symlink to this work tree's (identical package-lock.json) or `npm ci`. */
  dependencies: { how: 'linked' | 'npm ci'; ms: number };
  exportMs: number;
  buildMs: number;
  scenarios: Record<string, TimedResult>;
}

export interface BenchReport {
  machine: MachineInfo;
  options: { only: string[]; quick: boolean; profile: boolean; baseline?: string | undefined; newFirst?: boolean };
  /** The work tree's build (machine.gitCommit, plus uncommitted changes when machine.gitDirty). */
  scenarios: Record<string, TimedResult>;
  baseline?: BaselineReport;
  /** Per scenario run against both builds: which ran first and the targets side by side. */
  comparisons?: Record<string, { ranFirst: 'baseline' | 'new'; targets: TargetComparison[] }>;
}

export async function writeReport(file: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`);
}
