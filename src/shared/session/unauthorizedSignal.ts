import { createListenerSet } from '../../gws/cometd/listenerSet';
import type { GwsError } from '../../gws/http';

/** Tells whoever owns the session that GWS answered 401 (the session ended under the console). */
export interface UnauthorizedSignal {
  notify(error: GwsError): void;
  /** Returns the function that stops listening. */
  subscribe(listener: (error: GwsError) => void): () => void;
}

export function createUnauthorizedSignal(): UnauthorizedSignal {
  const listeners = createListenerSet<[GwsError]>('unauthorized');
  return { notify: (error) => listeners.emit(error), subscribe: (listener) => listeners.add(listener) };
}
