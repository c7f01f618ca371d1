import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';

/** The parts of a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes) that we read. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileFrame {
  frame: string;
  selfMs: number;
  selfPercent: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Functions by self time. */
  topFrames: ProfileFrame[];
  /** Self time by where the code lives: a package, src/simulator/…, node:internal, GC, idle. */
  byOrigin: ProfileFrame[];
}

const cwd = process.cwd();

function where(url: string): string {
  if (url === '') return '';
  if (/^https?:/.test(url)) return new URL(url).pathname.replace(/^\//, '');
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  return path.startsWith('/') ? relative(cwd, path) : path;
}

function originOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  const path = where(url);
  if (/^https?:/.test(url)) return `page: ${path}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return pkg;
  if (path.startsWith('node:')) return 'node: internals';
  return path.split('/').slice(0, path.startsWith('src/') ? 3 : 2).join('/');
}

/** Self time per function and per origin, from a V8 CPU profile. */
export function summarizeProfile(profile: CpuProfile, file: string, top = 15): ProfileSummary {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((nodeId, i) => byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (deltas[i] ?? 0)));
  const frames = new Map<string, number>();
  const origins = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = byNode.get(node.id) ?? 0;
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'}${url ? ` ${where(url)}:${lineNumber + 1}` : ''}`;
    frames.set(name, (frames.get(name) ?? 0) + micros);
    const origin = originOf(url, functionName);
    origins.set(origin, (origins.get(origin) ?? 0) + micros);
  }
  const rank = (map: Map<string, number>, limit: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([frame, micros]) => ({ frame, selfMs: Number((micros / 1000).toFixed(1)), selfPercent: Number(((100 * micros) / (total || 1)).toFixed(1)) }));
  return { file, totalMs: Number((total / 1000).toFixed(1)), topFrames: rank(frames, top), byOrigin: rank(origins, 12) };
}

/**
 * V8's sampling CPU profiler through the inspector — the profiler `node --cpu-prof` uses, started
 * and stopped around the part we measure only. The .cpuprofile opens in Chrome DevTools.
 */
export async function startCpuProfile(): Promise<{ stop(file: string): Promise<ProfileSummary> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
      session.disconnect();
      await writeFile(file, JSON.stringify(profile));
      return summarizeProfile(profile, file);
    },
  };
}
