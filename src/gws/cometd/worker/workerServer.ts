import type { ConnectionRegistry, AttachedTab } from './connectionRegistry';
import { heartbeat, notificationWorkerProtocol, readTabMessage, type WorkerMessage } from './workerProtocol';

/**
 * Chromium never tells a SharedWorker that a tab closed (no MessagePort close event): tabs say
 * goodbye on pagehide, and a tab that answers no ping for `silentTabMs` (crashed, or frozen in the
 * background) is dropped; it opens its clients again when it wakes. Timers of hidden tabs may run
 * once a minute, but a ping is a message, answered at once. Timings: `heartbeat` (workerProtocol.ts).
 */

export interface WorkerServer {
  /** Serves one tab: a SharedWorker's port, or a dedicated Worker's own scope. Says 'ready' at once. */
  serve(post: (message: WorkerMessage) => void, listen: (handler: (data: unknown) => void) => void): void;
  /** Pings every tab, and drops those silent for longer than `silentTabMs`: run every `pingEveryMs`. */
  checkTabs(): void;
}

interface ServedPort {
  post: (message: WorkerMessage) => void;
  tab: AttachedTab | undefined;
}

export function createWorkerServer(registry: ConnectionRegistry, now: () => number = () => performance.now()): WorkerServer {
  /** The ports with a tab attached. */
  const served = new Set<ServedPort>();

  function forget(port: ServedPort): void {
    port.tab?.detach();
    port.tab = undefined;
    served.delete(port);
  }

  return {
    serve(post, listen) {
      const port: ServedPort = { post, tab: undefined };
      listen((data) => {
        const read = readTabMessage(data);
        if (!read.ok) {
          console.warn('[gws worker] ignored a message from a tab:', read.reason);
          return;
        }
        if (read.message.type === 'goodbye') {
          forget(port);
          return;
        }
        if (!port.tab) {
          port.tab = registry.attach(post);
          served.add(port);
        }
        port.tab.receive(read.message);
      });
      post({ type: 'ready', protocol: notificationWorkerProtocol });
    },
    checkTabs() {
      const at = now();
      for (const port of served) {
        if (port.tab && at - port.tab.lastHeardAt > heartbeat.silentTabMs) {
          forget(port);
          port.post({ type: 'dropped' });
        } else {
          port.post({ type: 'ping' });
        }
      }
    },
  };
}
