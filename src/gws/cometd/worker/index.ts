export { loadNotificationClientFactory, openNotificationWorker } from './openNotificationWorker';
export { createRemoteNotificationClient } from './remoteNotificationClient';
export { createWorkerLink } from './workerLink';
export type { WorkerLink, WorkerPort, PageEvents } from './workerLink';
