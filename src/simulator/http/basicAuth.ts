/** userName and password of an `Authorization: Basic …` header, or undefined when there is none or it is malformed. */
export function parseBasicAuth(header: string | undefined): { userName: string; password: string } | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { userName: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
