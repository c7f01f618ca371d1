import { GwsChannel } from '../gws/channels';
import type { SimulatorContext } from './context';

/**
 * Who receives what:
 * - a notification about a user goes to that user's CometD sessions that subscribed to its channel
 *   (or a wildcard covering it: `/v2/me/*`, `/v2/me/**`…);
 * - on `/v2/me/twitter`, every supervisor's sessions receive it too (the team feed);
 * - nobody else: agent2 never sees agent1's notifications.
 * Dropped (not delivered, counted) while `dropNotifications` faults are pending.
 */
export function notifyUser(ctx: SimulatorContext, userName: string, channel: string, data: unknown): void {
  if (ctx.faults.takeDrop()) {
    ctx.stats.notificationsDropped += 1;
    return;
  }
  ctx.stats.notificationsPublished += 1;
  const toSupervisors = channel === GwsChannel.twitter;
  ctx.stats.deliveries += ctx.notifier.deliver(
    channel,
    data,
    (user) => user.userName === userName || (toSupervisors && user.supervisor),
  );
}

/**
 * `POST /sim/publish`: raw data to one user's sessions (or every session); never dropped by the
 * `dropNotifications` fault. Bounded by the control API's publish budget (control/publishBudget.ts),
 * which charges the bytes once per session reached: the number returned.
 */
export function publishRaw(ctx: SimulatorContext, userName: string | undefined, channel: string, data: unknown): number {
  ctx.stats.notificationsPublished += 1;
  const reached = ctx.notifier.deliver(channel, data, (user) => userName === undefined || user.userName === userName);
  ctx.stats.deliveries += reached;
  return reached;
}
