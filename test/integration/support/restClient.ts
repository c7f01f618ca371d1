/**
 * A small GWS REST client for the simulator's integration tests: real HTTP through global fetch,
 * Basic credentials, the JSESSIONID cookie kept by hand, and the CSRF token from GET answers, sent
 * back in the header X-CSRF-HEADER names.
 */
export interface RestAnswer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON: `unknown` until a schema parses it. */
  json: unknown;
}

export interface RestRequestOptions {
  /** JSON body (serialised) … */
  body?: unknown;
  /** … or the exact text to send. */
  rawBody?: string;
  /**
   * 'session' (default): the token of the last GET, in the header it named; 'none': no header; or
   * this exact token (default: the session's) in this header (default: the one the server named).
   */
  csrf?: 'session' | 'none' | { token?: string; header?: string };
  /** Override the Authorization header; null sends none. */
  authorization?: string | null;
}

export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export class RestClient {
  sessionId: string | undefined;
  csrfToken: string | undefined;
  /** The request header the server named in X-CSRF-HEADER (X-CSRF-TOKEN until one did). */
  csrfHeaderName = 'X-CSRF-TOKEN';

  constructor(
    readonly baseUrl: string,
    readonly user: string,
    readonly password = 'password',
  ) {}

  get authorization(): string {
    return basicAuthorization(this.user, this.password);
  }

  async request(method: string, path: string, options: RestRequestOptions = {}): Promise<RestAnswer> {
    const headers: Record<string, string> = {};
    if (options.authorization !== null) headers.Authorization = options.authorization ?? this.authorization;
    if (this.sessionId) headers.Cookie = `JSESSIONID=${this.sessionId}`;
    const csrf = options.csrf ?? 'session';
    if (csrf !== 'none') {
      const token = csrf === 'session' ? this.csrfToken : (csrf.token ?? this.csrfToken);
      const header = csrf === 'session' ? this.csrfHeaderName : (csrf.header ?? this.csrfHeaderName);
      if (token) headers[header] = token;
    }
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('JSESSIONID='));
    if (cookie) this.sessionId = /^JSESSIONID=([^;]*)/.exec(cookie)?.[1] || undefined;
    const token = response.headers.get('X-CSRF-TOKEN');
    if (token) this.csrfToken = token;
    const tokenHeader = response.headers.get('X-CSRF-HEADER');
    if (tokenHeader) this.csrfHeaderName = tokenHeader;
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  get(path: string, options?: RestRequestOptions): Promise<RestAnswer> {
    return this.request('GET', path, options);
  }

  /** POSTs with the session's CSRF token, reading one first (GET /api/v2/me) when there is none. */
  async post(path: string, body: unknown, options: Omit<RestRequestOptions, 'body'> = {}): Promise<RestAnswer> {
    if (!this.csrfToken && (options.csrf ?? 'session') === 'session') await this.get('/api/v2/me');
    return this.request('POST', path, { ...options, body });
  }
}
