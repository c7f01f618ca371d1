/**
 * Imported first by the notification worker: the cometd library reads `window` (timers,
 * XMLHttpRequest, console, location) when it runs, and in a worker the global scope is what it means.
 */
if (!('window' in globalThis)) Reflect.set(globalThis, 'window', globalThis);

export {};
