/**
 * The notification worker: a SharedWorker (one per browser, origin and build), or a dedicated
 * Worker per tab where SharedWorker is missing. It holds the GWS CometD connections: long-polls,
 * parsing and batching run here, and each tab gets ready batches of parsed notifications.
 */
import './workerGlobals';
import { createNotificationClient } from '../notificationClient';
import { createConnectionRegistry } from './connectionRegistry';
import { heartbeat } from './workerProtocol';
import { createWorkerServer } from './workerServer';

const server = createWorkerServer(createConnectionRegistry({ createClient: createNotificationClient }));
setInterval(() => server.checkTabs(), heartbeat.pingEveryMs);

if ('onconnect' in globalThis) {
  globalThis.addEventListener('connect', (event) => {
    const port = event instanceof MessageEvent ? event.ports[0] : undefined;
    if (!port) return;
    server.serve(
      (message) => port.postMessage(message),
      (handler) => {
        port.addEventListener('message', (message) => handler(message.data));
        port.start();
      },
    );
  });
} else {
  server.serve(
    (message) => globalThis.postMessage(message),
    (handler) => globalThis.addEventListener('message', (message) => handler(message.data)),
  );
}
