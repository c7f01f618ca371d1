import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One generated position mapped back: original source path (relative to the map) and name. */
export interface Original {
  source: string;
  line: number;
  name: string | undefined;
}

interface RawMap {
  sources: string[];
  names?: string[];
  mappings: string;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A source map's segments per generated line: [generatedColumn, sourceIndex, sourceLine, nameIndex?]. */
function parse(map: RawMap): number[][][] {
  let source = 0;
  let sourceLine = 0;
  let name = 0;
  return map.mappings.split(';').map((line) => {
    let column = 0;
    const segments: number[][] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [dColumn = 0, dSource, dLine, , dName] = decodeVlq(segment);
      column += dColumn;
      if (dSource === undefined || dLine === undefined) continue;
      source += dSource;
      sourceLine += dLine;
      if (dName !== undefined) name += dName;
      segments.push(dName === undefined ? [column, source, sourceLine] : [column, source, sourceLine, name]);
    }
    return segments;
  });
}

/**
 * Maps positions in the build's JS (0-based line and column, as V8 reports them) back to the
 * sources, with the `.map` files Vite writes next to each chunk (build.sourcemap is on).
 */
export function createSourceMapper(distDir: string): (file: string, line: number, column: number) => Promise<Original | undefined> {
  const maps = new Map<string, Promise<{ map: RawMap; lines: number[][][] } | undefined>>();
  const load = (file: string) =>
    readFile(join(distDir, `${file}.map`), 'utf8').then(
      (text) => {
        const map = JSON.parse(text) as RawMap;
        return { map, lines: parse(map) };
      },
      () => undefined,
    );
  return async (file, line, column) => {
    if (!maps.has(file)) maps.set(file, load(file));
    const loaded = await maps.get(file);
    const segments = loaded?.lines[line];
    if (!loaded || !segments) return undefined;
    let best: number[] | undefined;
    for (const segment of segments) if ((segment[0] ?? 0) <= column) best = segment;
    if (!best) return undefined;
    const [, sourceIndex = 0, sourceLine = 0, nameIndex] = best;
    return { source: loaded.map.sources[sourceIndex] ?? '?', line: sourceLine + 1, name: nameIndex === undefined ? undefined : loaded.map.names?.[nameIndex] };
  };
}
