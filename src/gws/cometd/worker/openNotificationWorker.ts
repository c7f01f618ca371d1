import type { NotificationClient, NotificationClientOptions } from '../notificationClient';
import { createRemoteNotificationClient } from './remoteNotificationClient';
import { createWorkerLink, type WorkerLink } from './workerLink';

/** A worker that has not said it is ready by then is given up (its script failed, or CSP refused it). */
const readyWithinMs = 5_000;

async function whenReady(link: WorkerLink, worker: { addEventListener(type: 'error', listener: (event: Event) => void): void }): Promise<WorkerLink> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    worker.addEventListener('error', () => reject(new Error('the worker script failed to load or run')));
    timer = setTimeout(() => reject(new Error(`no answer within ${readyWithinMs} ms`)), readyWithinMs);
  });
  try {
    await Promise.race([link.ready, failed]);
    return link;
  } finally {
    clearTimeout(timer);
  }
}

function startSharedWorker(): SharedWorker {
  // Written out in full here, so that Vite finds the worker and builds it as an asset of ours ('self').
  return new SharedWorker(new URL('./notificationWorker.ts', import.meta.url), { type: 'module', name: 'gws-notifications' });
}

async function openSharedWorker(): Promise<WorkerLink> {
  const worker = startSharedWorker();
  // Started again if it goes silent (crashed): the browser gives the new one to every tab that asks.
  const reopen = () => {
    const again = startSharedWorker();
    again.port.start();
    return again.port;
  };
  const link = createWorkerLink(worker.port, 'shared', window, reopen);
  worker.port.start();
  return whenReady(link, worker);
}

function startDedicatedWorker(): Worker {
  return new Worker(new URL('./notificationWorker.ts', import.meta.url), { type: 'module', name: 'gws-notifications' });
}

async function openDedicatedWorker(): Promise<WorkerLink> {
  const worker = startDedicatedWorker();
  let current = worker;
  const reopen = () => {
    current.terminate();
    current = startDedicatedWorker();
    return current;
  };
  try {
    return await whenReady(createWorkerLink(worker, 'dedicated', window, reopen), worker);
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/**
 * Where this tab's notification clients run, best first: the browser's SharedWorker (one CometD
 * connection per browser and user, whatever the number of tabs), a dedicated Worker of this tab
 * (off the main thread, one connection per tab), or this page's main thread.
 */
export async function openNotificationWorker(): Promise<WorkerLink | undefined> {
  const tries: [string, () => Promise<WorkerLink>][] = [];
  if (typeof SharedWorker === 'function') tries.push(['SharedWorker', openSharedWorker]);
  if (typeof Worker === 'function') tries.push(['Worker', openDedicatedWorker]);
  for (const [name, open] of tries) {
    try {
      return await open();
    } catch (error) {
      console.warn(`[gws] notifications cannot run in a ${name}:`, error);
    }
  }
  return undefined;
}

let opening: Promise<WorkerLink | undefined> | undefined;

/** The factory of the tab's notification clients: in the worker when one runs, in the page otherwise. */
export async function loadNotificationClientFactory(): Promise<(options: NotificationClientOptions) => NotificationClient> {
  const link = await (opening ??= openNotificationWorker());
  if (link) return (options) => createRemoteNotificationClient(link, options);
  // Only then: with a worker, the tab never loads the cometd library.
  const { createNotificationClient } = await import('../notificationClient');
  return createNotificationClient;
}
