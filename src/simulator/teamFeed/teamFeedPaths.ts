/**
 * [ours] The team feed's endpoints (src/gws/teamFeed/teamFeedSchemas.ts; GWS has none). Not under
 * `/api`: a proxy to a real GWS never forwards them; next to a real GWS, the service that offers
 * them is a deployment's own.
 */
export const teamFeedPaths = {
  root: '/team-feed',
  /** Bayeux (CometD) endpoint, long-polling: `/team/twitter` (teamFeedDefaults.channel). */
  cometd: '/team-feed/cometd',
  /** `GET`: the roster and the team's newest tweets. */
  tweets: '/team-feed/tweets',
} as const;
