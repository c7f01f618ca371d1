/**
 * A small in-memory cookie jar for one GWS origin (name → value, no domain/path matching).
 *
 * In Node (tests, scripts) it keeps the `JSESSIONID` so the CSRF token stays valid between calls.
 * In browsers `Set-Cookie` is invisible to scripts and `Cookie` is a forbidden request header:
 * the jar stays empty and the browser's own cookies (`credentials: 'include'`) do the work.
 */
export interface CookieJar {
  /** Remembers the cookies of an answer's `Set-Cookie` headers (and forgets expired ones). */
  storeFrom(headers: Headers): void;
  /** The `Cookie` request header value, or undefined when the jar is empty. */
  cookieHeader(): string | undefined;
  clear(): void;
}

export function createCookieJar(): CookieJar {
  const cookies = new Map<string, string>();
  return {
    storeFrom(headers) {
      for (const line of setCookieLines(headers)) {
        const parsed = parseSetCookie(line);
        if (!parsed) continue;
        if (parsed.expired) cookies.delete(parsed.name);
        else cookies.set(parsed.name, parsed.value);
      }
    },
    cookieHeader() {
      if (cookies.size === 0) return undefined;
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    clear() {
      cookies.clear();
    },
  };
}

function setCookieLines(headers: Headers): string[] {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  // Older runtimes join several Set-Cookie headers with ", "; split before each "name=".
  const combined = headers.get('set-cookie');
  return combined ? combined.split(/,(?=\s*[^;,=\s]+=)/) : [];
}

function parseSetCookie(line: string): { name: string; value: string; expired: boolean } | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  if (equals <= 0) return undefined;
  const name = pair.slice(0, equals).trim();
  const value = pair.slice(equals + 1).trim();
  const expired = attributes.some((attribute) => {
    const [key = '', attributeValue = ''] = attribute.split('=', 2).map((part) => part.trim());
    if (key.toLowerCase() === 'max-age') return Number(attributeValue) <= 0;
    if (key.toLowerCase() === 'expires') return Date.parse(attributeValue) <= Date.now();
    return false;
  });
  return { name, value, expired };
}
