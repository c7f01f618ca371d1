import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpuProfile';
import { createSourceMapper } from './sourceMap';

/** Rewrites the page's frames (minified build) to their original source, name and line. */
async function mapToSources(profile: CpuProfile, distDir: string): Promise<CpuProfile> {
  const mapper = createSourceMapper(distDir);
  const nodes = await Promise.all(
    profile.nodes.map(async (node) => {
      const { url, lineNumber, columnNumber = 0, functionName } = node.callFrame;
      if (!/^https?:/.test(url)) return node;
      const original = await mapper(new URL(url).pathname.replace(/^\//, ''), lineNumber, columnNumber);
      if (!original) return node;
      const source = /(?:node_modules|src)\/.*$/.exec(original.source)?.[0] ?? original.source;
      return { ...node, callFrame: { ...node.callFrame, functionName: original.name ?? functionName, url: source, lineNumber: original.line - 1 } };
    }),
  );
  return { ...profile, nodes };
}

/**
 * The page's main-thread JS sampled by V8 (CDP Profiler) while `during` runs; frames mapped back
 * to the sources through the build's source maps. The raw profile is written to `file`.
 */
export async function profilePage(page: Page, distDir: string, file: string, during: () => Promise<void>): Promise<ProfileSummary> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await during();
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    return summarizeProfile(await mapToSources(profile, distDir), file);
  } finally {
    await cdp.detach();
  }
}
