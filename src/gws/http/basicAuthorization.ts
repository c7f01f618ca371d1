/**
 * `Basic base64(user:password)` over the UTF-8 bytes, so non-ASCII passwords work the same in
 * browsers and in Node (plain `btoa` throws on characters above U+00FF).
 */
export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
