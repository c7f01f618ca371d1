import { createHash } from 'node:crypto';

const base36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const base62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A deterministic string of `length` characters from `seed`, in radix 10, 16, 36 or 62,
 * so the same user or account gets the same ids in every run.
 */
export function stableDigits(seed: string, length: number, radix: 10 | 16 | 36 | 62): string {
  const alphabet = radix === 62 ? base62 : radix === 16 ? '0123456789abcdef' : base36.slice(0, radix);
  let out = '';
  let round = 0;
  while (out.length < length) {
    const bytes = createHash('sha256').update(`${seed}#${round++}`).digest();
    for (const byte of bytes) {
      if (out.length === length) break;
      out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A random string of uppercase letters and digits. */
export function randomUpperAlnum(length: number, random: () => number = Math.random): string {
  let out = '';
  for (let i = 0; i < length; i++) out += base36[Math.floor(random() * 36)];
  return out;
}

/**
 * [ours] A GWS-like interaction id: 16 uppercase letters/digits like the seed's `010QQG2MU214P06D`.
 * The sequence number keeps ids unique within a simulator; the random tail keeps them unlikely to
 * repeat across restarts (a browser may still hold ids from a previous run).
 */
export function interactionId(sequence: number, randomTail: string): string {
  const seq = sequence.toString(36).toUpperCase().padStart(7, '0');
  return `01${seq}${randomTail}`.slice(0, 16).padEnd(16, '0');
}
