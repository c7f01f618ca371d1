import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'ok'; text: string }
  | { kind: 'tooLarge' }
  | { kind: 'failed' };

/**
 * Reads a request body up to `limitBytes`. Beyond the limit the rest is drained and discarded
 * (so the client can read the 413 answer) and the result is `tooLarge`.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limitBytes) {
      request.resume();
      resolve({ kind: 'tooLarge' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        chunks.length = 0;
        resolve({ kind: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!tooLarge) resolve({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') });
    });
    request.on('error', () => resolve({ kind: 'failed' }));
    request.on('aborted', () => resolve({ kind: 'failed' }));
  });
}

/** JSON.parse that reports failure instead of throwing; the result is `unknown` until a schema parses it. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}
