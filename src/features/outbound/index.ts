/**
 * The live outbound panel. The header's connection indicator is small and loads with the
 * console; the panel itself (virtual list, supervisor tools) is a separate chunk loaded after
 * sign-in.
 */
export { LiveConnectionStatus } from './connection/LiveConnectionStatus';
export { LazyOutboundPanel as OutboundPanel } from './LazyOutboundPanel';
