import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, expect } from 'vitest';
import { createNotificationClient } from '../../../src/gws/cometd';
import { createConnectionRegistry, type ConnectionRegistry } from '../../../src/gws/cometd/worker/connectionRegistry';
import { createWorkerLink, type WorkerLink, type WorkerPort } from '../../../src/gws/cometd/worker/workerLink';
import { createWorkerServer, type WorkerServer } from '../../../src/gws/cometd/worker/workerServer';

export interface InProcessTab {
  link: WorkerLink;
  /** What a tab's pagehide sends. */
  goodbye(): void;
}

export interface WorkerInProcess {
  registry: ConnectionRegistry;
  server: WorkerServer;
  /** A tab's line to the worker over a real MessageChannel (structured clone, messages in order, asynchronous). */
  openTab(): Promise<InProcessTab>;
}

/** A tab's end of a Node MessageChannel, as the browser's MessagePort looks to the link. */
function tabPort(port: MessagePort): WorkerPort {
  return {
    postMessage: (message) => port.postMessage(message),
    addEventListener: (_type, listener) => port.on('message', (data: unknown) => listener(new MessageEvent('message', { data }))),
  };
}

/**
 * The notification worker's code (registry, server) and tabs' links, in this process: the same
 * protocol the browser's SharedWorker speaks, over real message channels, with the app's CometD
 * client against a simulator. Channels are closed after each test.
 */
export function workerInProcess(now?: () => number): WorkerInProcess {
  let registry = createConnectionRegistry({ createClient: createNotificationClient, now });
  let server = createWorkerServer(registry, now);
  const opened: { channel: MessageChannel; page: EventTarget }[] = [];
  afterEach(async () => {
    // Every tab leaves, so that no connection goes on retrying against the next test's simulator.
    for (const { page } of opened) page.dispatchEvent(new Event('pagehide'));
    await expect.poll(() => registry.connectionCount()).toBe(0);
    for (const { channel } of opened.splice(0)) {
      channel.port1.close();
      channel.port2.close();
    }
    registry = createConnectionRegistry({ createClient: createNotificationClient, now });
    server = createWorkerServer(registry, now);
  });
  return {
    get registry() {
      return registry;
    },
    get server() {
      return server;
    },
    async openTab() {
      const channel = new MessageChannel();
      const page = new EventTarget();
      opened.push({ channel, page });
      const { port1: tabSide, port2: workerSide } = channel;
      const link = createWorkerLink(tabPort(tabSide), 'shared', page);
      server.serve(
        (message) => workerSide.postMessage(message),
        (handler) => workerSide.on('message', (data: unknown) => handler(data)),
      );
      await link.ready;
      return { link, goodbye: () => page.dispatchEvent(new Event('pagehide')) };
    },
  };
}
