/** A random key for a new draft (getRandomValues works on plain-HTTP pages, unlike randomUUID). */
export function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
