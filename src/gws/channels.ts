/** CometD channels of the contract (§5). */
export const GwsChannel = {
  twitter: '/v2/me/twitter',
  channels: '/v2/me/channels',
  all: '/v2/me/*',
} as const;

/** [doc] endpoint of the CometD server, relative to the GWS base URL. */
export const notificationsPath = '/api/v2/notifications';

/** [ours] The team feed's channel by default (teamFeed/teamFeedSchemas.ts): not a GWS channel. */
export const defaultTeamFeedChannel = '/team/twitter';
