import * as z from 'zod/mini';
import { sessionStore, storedValue } from '../lib/browserStorage';

/**
 * The agent's unsent message text, kept in this tab's sessionStorage so that it survives a reload
 * and a session that expires under the agent; it is only ever given back to the user who typed it.
 * Compose writes it on every change and reads it when it mounts; a sent tweet and Sign out clear it.
 */
export interface MessageDraftStore {
  /** The unsent text `userName` typed; '' when there is none, or when someone else typed it. */
  get(userName: string): string;
  set(userName: string, text: string): void;
  clear(): void;
}

const unsentMessageSchema = z.object({ userName: z.string(), text: z.string() });

export function createMessageDraftStore(storage: () => Storage | undefined = sessionStore): MessageDraftStore {
  const stored = storedValue(storage, 'gws-tweet-console:unsent-message', unsentMessageSchema);
  // Also in memory: where storage refuses, the text still survives a session expiry.
  let current = stored.read();
  return {
    get(userName) {
      return current?.userName === userName ? current.text : '';
    },
    set(userName, text) {
      current = { userName, text };
      if (text === '') stored.remove();
      else stored.write(current);
    },
    clear() {
      current = undefined;
      stored.remove();
    },
  };
}
