export { createNotificationClient } from './notificationClient';
export type { NotificationClient, NotificationClientOptions, NotificationListener } from './notificationClient';
export type { ConnectionState } from './connectionState';
export { channelMatches } from './channelPatterns';
export type { Unsubscribe } from './listenerSet';
export { createReferenceBuffer } from './referenceBuffer';
export type { ReferenceBuffer, ReferenceBufferOptions } from './referenceBuffer';
export { watchNotifications, waitForAnswer } from './operationAnswer';
export type { NotificationWatch } from './operationAnswer';
