import type * as z from 'zod/mini';

/**
 * A JSON value in Web Storage, read through a schema (storage is written by other tabs and older
 * versions: it is `unknown` until parsed). Storage that is missing or refuses (private modes, quota)
 * is treated as empty and writes are dropped: remembering is a convenience, never a failure.
 */
export interface StoredValue<T> {
  read(): T | undefined;
  write(value: T): void;
  remove(): void;
}

export function storedValue<T>(storage: () => Storage | undefined, key: string, schema: z.ZodMiniType<T>): StoredValue<T> {
  const attempt = <R>(action: (store: Storage) => R): R | undefined => {
    try {
      const store = storage();
      return store ? action(store) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read() {
      const text = attempt((store) => store.getItem(key));
      if (text === undefined || text === null) return undefined;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return undefined;
      }
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : undefined;
    },
    write(value) {
      attempt((store) => store.setItem(key, JSON.stringify(value)));
    },
    remove() {
      attempt((store) => store.removeItem(key));
    },
  };
}

/** The page's sessionStorage / localStorage, or undefined where there is none (Node, a refused access). */
export const sessionStore = (): Storage | undefined => (typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
export const localStore = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);
