import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromiumPath } from '../test/e2e/support/browser';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  totalMemoryGiB: number;
  node: string;
  chromium: string;
  os: string;
  date: string;
  gitCommit: string;
  /** Uncommitted changes in the work tree when the benchmark ran. */
  gitDirty: boolean | undefined;
  loadAverageAtStart: number[];
}

function run(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    // not Linux, or no os-release: fall through
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

/** What the figures were measured on. Git is only read (rev-parse, status without optional locks). */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  const status = run('git', ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=no']);
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    chromium: run(chromiumPath, ['--version']) ?? 'not found',
    os: osName(),
    date: new Date().toISOString(),
    gitCommit: run('git', ['rev-parse', 'HEAD']) ?? 'unknown',
    gitDirty: status === undefined ? undefined : status.length > 0,
    loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}
