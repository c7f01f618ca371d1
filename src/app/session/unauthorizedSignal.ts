import type { GwsError } from '../../gws/http';

/** Tells whoever owns the session that GWS answered 401 (the session ended under the console). */
export interface UnauthorizedSignal {
  notify(error: GwsError): void;
  /** Returns the function that stops listening. */
  subscribe(listener: (error: GwsError) => void): () => void;
}

export function createUnauthorizedSignal(): UnauthorizedSignal {
  const listeners = new Set<(error: GwsError) => void>();
  return {
    notify(error) {
      for (const listener of [...listeners]) listener(error);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
