import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../e2e/support/paths';

async function cssFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? cssFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.css') ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

describe('the stylesheets', () => {
  // Under a `:has()` rule on the page frame, every row the live table inserted made Chromium restyle
  // the whole page (~880 elements per frame instead of ~110, measured at 2,000 notifications/s).
  // A screen says what the frame should do with an attribute instead (see src/shared/ui/windowFill.ts).
  it('use no :has() selector', async () => {
    const files = await cssFiles(join(repoRoot, 'src'));
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      const text = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '');
      if (text.includes(':has(')) offenders.push(relative(repoRoot, file));
    }
    expect(offenders).toEqual([]);
  });
});
