/**
 * The agent's unsent message text, kept in memory only (never in localStorage or sessionStorage),
 * so that it survives a session that expires under the agent: compose writes it on every change
 * and reads it when it mounts; a sent tweet and an explicit Sign out clear it.
 */
export interface MessageDraftStore {
  get(): string;
  set(text: string): void;
  clear(): void;
}

export function createMessageDraftStore(): MessageDraftStore {
  let text = '';
  return {
    get: () => text,
    set(next) {
      text = next;
    },
    clear() {
      text = '';
    },
  };
}
