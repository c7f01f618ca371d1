import type { Tweet } from '../../../gws/schemas';

/**
 * userData values are any JSON (contract §3): mostly strings and numbers, sometimes `null`,
 * booleans or nested key/value lists. These turn them into text without ever throwing.
 */

/** A single value as text — string, number or boolean; undefined for anything else or blank text. */
export function userDataText(tweet: Tweet, key: string): string | undefined {
  const value = tweet.userData?.[key];
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A nested key/value list: its entries (an array's indexes as keys); undefined for a plain value. */
export function nestedEntriesOf(value: unknown): [string, unknown][] | undefined {
  if (Array.isArray(value)) return value.map((item, index) => [String(index), item]);
  if (typeof value === 'object' && value !== null) return Object.entries(value);
  return undefined;
}

/** Any value as one line of text: `null` as "null", a nested list as compact JSON (at most `maxLength` characters). */
export function userDataValueLine(value: unknown, maxLength = 10_000): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  if (typeof value === 'object') return boundedJson(value, maxLength);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // Never in parsed JSON: undefined, a symbol, a function.
  return typeof value;
}

/** JSON of a value that may be huge or deeply nested, cut at `maxLength` characters (never a stack overflow). */
function boundedJson(value: unknown, maxLength: number): string {
  let text = '';
  const stack: unknown[] = [value];
  // Iterative writer: tokens are pushed in reverse so they come off the stack in order.
  while (stack.length > 0 && text.length <= maxLength) {
    const item = stack.pop();
    if (item instanceof Token) {
      text += item.text;
    } else if (Array.isArray(item)) {
      stack.push(new Token(']'));
      for (let i = item.length - 1; i >= 0; i -= 1) {
        stack.push(item[i]);
        if (i > 0) stack.push(new Token(','));
      }
      text += '[';
    } else if (typeof item === 'object' && item !== null) {
      const entries: [string, unknown][] = Object.entries(item);
      stack.push(new Token('}'));
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, entryValue] = entries[i] ?? ['', null];
        stack.push(entryValue, new Token(`${JSON.stringify(key)}:`));
        if (i > 0) stack.push(new Token(','));
      }
      text += '{';
    } else {
      text += JSON.stringify(item) ?? 'null';
    }
  }
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

class Token {
  constructor(readonly text: string) {}
}
