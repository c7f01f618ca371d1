/** Removes the listener it was returned for. */
export type Unsubscribe = () => void;

export interface ListenerSet<Args extends unknown[]> {
  add(listener: (...args: Args) => void): Unsubscribe;
  /** Calls every listener; one that throws is reported on the console and does not stop the others. */
  emit(...args: Args): void;
}

export function createListenerSet<Args extends unknown[]>(name: string): ListenerSet<Args> {
  const listeners = new Set<(...args: Args) => void>();
  return {
    add(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(...args) {
      for (const listener of [...listeners]) {
        try {
          listener(...args);
        } catch (error) {
          console.error(`[gws] a ${name} listener threw`, error);
        }
      }
    },
  };
}

/** One kind of event, published by one part of the console and heard by any other. */
export interface Signal<T> {
  publish: (value: T) => void;
  subscribe: (listener: (value: T) => void) => Unsubscribe;
}

export function createSignal<T>(name: string): Signal<T> {
  const listeners = createListenerSet<[T]>(name);
  return { publish: (value) => listeners.emit(value), subscribe: (listener) => listeners.add(listener) };
}
