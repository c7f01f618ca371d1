import { createListenerSet } from '../../gws/cometd/listenerSet';

/** What this console is sending on a draft: GWS shows neither until the tweet is Sent. */
export interface DraftText {
  from: string;
  message: string;
}

/**
 * The text and From account of the drafts this console is sending, by tweet id, so the live panel
 * can show a failed or stuck draft with its words instead of "(no text yet)". Written by the send
 * flow, read by the panel; a draft leaves it once Sent or canceled. A tiny external store (for
 * useSyncExternalStore): `version` changes with every change.
 */
export interface DraftTexts {
  get: (id: string) => DraftText | undefined;
  set: (id: string, text: DraftText) => void;
  delete: (id: string) => void;
  version: () => number;
  subscribe: (listener: () => void) => () => void;
}

export function createDraftTexts(): DraftTexts {
  const texts = new Map<string, DraftText>();
  const listeners = createListenerSet<[]>('draft texts');
  let version = 0;
  const changed = () => {
    version += 1;
    listeners.emit();
  };
  return {
    get: (id) => texts.get(id),
    set: (id, text) => {
      const known = texts.get(id);
      if (known?.from === text.from && known.message === text.message) return;
      texts.set(id, text);
      changed();
    },
    delete: (id) => {
      if (texts.delete(id)) changed();
    },
    version: () => version,
    subscribe: (listener) => listeners.add(listener),
  };
}
