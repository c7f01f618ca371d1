import { randomBytes, randomUUID } from 'node:crypto';

/** An HTTP session (JSESSIONID): whose it is and its CSRF token. */
export interface HttpSession {
  id: string;
  userName: string;
  csrfToken: string;
}

export interface HttpSessionStore {
  readonly size: number;
  /** The session of this cookie value if it exists and belongs to `userName`. */
  find(id: string | undefined, userName: string): HttpSession | undefined;
  create(userName: string): HttpSession;
  invalidate(id: string): void;
  /** New CSRF tokens for every session (`POST /sim/faults {rotateCsrf:true}`). */
  rotateAllTokens(): number;
  /** Ends every session as if it had timed out (`POST /sim/faults {expireSessions:true}`). */
  expireAll(): number;
  /** Whether this cookie value names a session that timed out (its requests get HTTP 401). */
  isExpired(id: string | undefined): boolean;
}

/**
 * HTTP sessions of one simulator instance, least recently used first out beyond `maxSessions`
 * (clients that drop the cookie would otherwise grow it without bound).
 */
export function createHttpSessionStore({ maxSessions }: { maxSessions: number }): HttpSessionStore {
  const sessions = new Map<string, HttpSession>();
  /** Ids of expired sessions, oldest first, as many as `maxSessions`. */
  const expired = new Set<string>();
  return {
    get size() {
      return sessions.size;
    },
    find(id, userName) {
      if (id === undefined) return undefined;
      const session = sessions.get(id);
      if (!session || session.userName !== userName) return undefined;
      sessions.delete(id);
      sessions.set(id, session);
      return session;
    },
    create(userName) {
      const session: HttpSession = { id: randomBytes(16).toString('hex').toUpperCase(), userName, csrfToken: randomUUID() };
      sessions.set(session.id, session);
      while (sessions.size > maxSessions) {
        const oldest = sessions.keys().next().value;
        if (oldest === undefined) break;
        sessions.delete(oldest);
      }
      return session;
    },
    invalidate(id) {
      sessions.delete(id);
    },
    rotateAllTokens() {
      for (const session of sessions.values()) session.csrfToken = randomUUID();
      return sessions.size;
    },
    expireAll() {
      const count = sessions.size;
      for (const id of sessions.keys()) {
        expired.add(id);
        if (expired.size > maxSessions) expired.delete(expired.values().next().value ?? id);
      }
      sessions.clear();
      return count;
    },
    isExpired: (id) => id !== undefined && expired.has(id),
  };
}
