import { GwsChannel } from '../gws/channels';
import { teamFeedDefaults } from '../gws/teamFeed/teamFeedSchemas';
import type { SimulatorContext } from './context';
import type { Notifier } from './notifier/cometdNotifier';
import { teamFeedMessage, type TwitterNotification } from './teamFeed/teamFeedMessages';

/**
 * Who receives what:
 * - a notification about a user goes to that user's GWS CometD sessions that subscribed to its
 *   channel (or a wildcard covering it: `/v2/me/*`, `/v2/me/**`…), and to nobody else: GWS's
 *   `/v2/me/*` channels carry the signed-in user's own notifications only;
 * - [ours] a team agent's Twitter notification also goes, wrapped with the agent, to the team
 *   feed's sessions (supervisors only) subscribed to `/team/twitter` (or `/team/*`…); channel
 *   states never do.
 * A `dropNotifications` fault drops a notification before anything is delivered: it reaches
 * neither the agent nor the team feed (counted once in `notificationsDropped`).
 */

function dropped(ctx: SimulatorContext): boolean {
  if (!ctx.faults.takeDrop()) return false;
  ctx.stats.notificationsDropped += 1;
  return true;
}

/** A notification on a channel other than `/v2/me/twitter` (channel states): the user's own sessions only. */
export function notifyUser(ctx: SimulatorContext, userName: string, channel: string, data: unknown): void {
  if (dropped(ctx)) return;
  ctx.stats.notificationsPublished += 1;
  ctx.stats.deliveries += ctx.notifier.deliver(channel, data, (user) => user.userName === userName);
}

/** A Twitter notification: on `/v2/me/twitter` to its agent, and on the team feed when the agent is on the team. */
export function notifyTwitter(ctx: SimulatorContext, userName: string, notification: TwitterNotification): void {
  if (dropped(ctx)) return;
  ctx.stats.notificationsPublished += 1;
  ctx.stats.deliveries += ctx.notifier.deliver(GwsChannel.twitter, notification, (user) => user.userName === userName);
  const agent = ctx.teamRoster.agentOf(userName);
  if (agent === undefined) return;
  ctx.stats.teamFeedDeliveries += ctx.teamFeed.deliver(teamFeedDefaults.channel, teamFeedMessage(agent, notification), (user) => user.supervisor);
}

/**
 * `POST /sim/publish`: raw data to one user's sessions (or every session) of GWS's CometD endpoint,
 * or with `teamFeed` of the team feed's (supervisors); never dropped by the `dropNotifications`
 * fault. Bounded by the control API's publish budget (control/publishBudget.ts), which charges the
 * bytes once per session reached: the number returned.
 */
export function publishRaw(ctx: SimulatorContext, target: { user?: string; channel: string; teamFeed: boolean }, data: unknown): number {
  const notifier: Notifier = target.teamFeed ? ctx.teamFeed : ctx.notifier;
  const named = (userName: string) => target.user === undefined || userName === target.user;
  const reached = notifier.deliver(target.channel, data, (user) => named(user.userName) && (!target.teamFeed || user.supervisor));
  ctx.stats.notificationsPublished += 1;
  if (target.teamFeed) ctx.stats.teamFeedDeliveries += reached;
  else ctx.stats.deliveries += reached;
  return reached;
}
