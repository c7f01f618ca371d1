import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface BundleSizes {
  /** What index.html loads up front: entry script(s), modulepreloads, their static imports, stylesheets. */
  initialJs: AssetSize[];
  initialCss: AssetSize[];
  /** Every other JS / CSS asset: chunks loaded later (dynamic import). */
  lazyJs: AssetSize[];
  lazyCss: AssetSize[];
}

export function sizeOf(file: string, content: Buffer): AssetSize {
  return {
    file,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  };
}

export const total = (sizes: readonly AssetSize[], key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((sum, s) => sum + s[key], 0);

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Asset paths (relative to the build root, no leading slash) that index.html loads itself. */
export function initialReferences(indexHtml: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const [tag] of indexHtml.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const local = (url: string | undefined) => (url && !/^[a-z]+:|^\/\//i.test(url) ? url.replace(/^\//, '') : undefined);
    if (/^<script/i.test(tag) && /type\s*=\s*["']module["']/i.test(tag)) {
      const src = local(attribute(tag, 'src'));
      if (src) js.push(src);
    } else if (/^<link/i.test(tag)) {
      const rel = attribute(tag, 'rel')?.toLowerCase();
      const href = local(attribute(tag, 'href'));
      if (href && rel === 'modulepreload') js.push(href);
      if (href && rel === 'stylesheet') css.push(href);
    }
  }
  return { js, css };
}

/** Static imports of a built chunk (`import{a}from"./x.js"`, `import"./y.js"`), never `import("…")`. */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[^.\w$])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    if (match[1]) found.push(match[1]);
  }
  for (const match of code.matchAll(/(?:^|[^.\w$])export\s*(?:\*|\{[^}]*\})\s*from\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

async function listAssets(distDir: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(distDir, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listAssets(distDir, path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}

/** Sizes of a production build's JS and CSS, split into what the first page load needs and the rest. */
export async function measureBundle(distDir: string): Promise<BundleSizes> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const refs = initialReferences(html);
  const initialJs = new Set<string>();
  const pending = [...refs.js];
  while (pending.length > 0) {
    const file = pending.pop();
    if (file === undefined || initialJs.has(file)) continue;
    initialJs.add(file);
    const code = await readFile(join(distDir, file), 'utf8');
    for (const imported of staticImports(code)) pending.push(posix.normalize(posix.join(posix.dirname(file), imported)));
  }
  const initialCss = new Set(refs.css);
  const files = await listAssets(distDir);
  const measure = async (list: Iterable<string>) =>
    Promise.all([...list].sort().map(async (file) => sizeOf(file, await readFile(join(distDir, file)))));
  const js = files.filter((f) => /\.m?js$/.test(f));
  const css = files.filter((f) => f.endsWith('.css'));
  return {
    initialJs: await measure(initialJs),
    initialCss: await measure(initialCss),
    lazyJs: await measure(js.filter((f) => !initialJs.has(f))),
    lazyCss: await measure(css.filter((f) => !initialCss.has(f))),
  };
}
