/** Counters served by `GET /sim/stats`, so tests can count what reached the simulator. */
export interface SimStats {
  /** Requests under /api (REST and CometD). */
  requests: number;
  /** [ours] Requests under /team-feed (list and CometD). */
  teamFeedRequests: number;
  /** REST operations that passed authentication and CSRF, by operationName as sent. */
  operations: Record<string, number>;
  /** Non-zero statusCode answers, by statusCode. */
  errors: Record<string, number>;
  unauthorized: number;
  csrfRejected: number;
  bodyTooLarge: number;
  /** Notifications published (each counted once, whatever the number of receiving sessions). */
  notificationsPublished: number;
  /** Deliveries to GWS CometD sessions (/api/v2/notifications). */
  deliveries: number;
  /** [ours] Deliveries to team feed CometD sessions (/team-feed/cometd). */
  teamFeedDeliveries: number;
  notificationsDropped: number;
  /** [ours] Handshakes accepted on GWS's CometD endpoint: each is a new session. */
  handshakes: number;
  /** [ours] Handshakes accepted on the team feed's. */
  teamFeedHandshakes: number;
  /** GWS CometD sessions dropped (the dropSessions fault, or over maxQueuedPerSession). */
  sessionsDropped: number;
  /** [ours] Team feed CometD sessions dropped, the same ways. */
  teamFeedSessionsDropped: number;
  /** Tweets created by `POST /sim/load`. */
  loadTweets: number;
  /** /sim requests refused with 403: another page's (Origin, Sec-Fetch-Site) or a CORS preflight. */
  controlRefused: number;
  /** `POST /sim/publish` requests refused with 429 (over the publish budget). */
  publishThrottled: number;
}

export function emptyStats(): SimStats {
  return {
    requests: 0,
    teamFeedRequests: 0,
    operations: {},
    errors: {},
    unauthorized: 0,
    csrfRejected: 0,
    bodyTooLarge: 0,
    notificationsPublished: 0,
    deliveries: 0,
    teamFeedDeliveries: 0,
    notificationsDropped: 0,
    handshakes: 0,
    teamFeedHandshakes: 0,
    sessionsDropped: 0,
    teamFeedSessionsDropped: 0,
    loadTweets: 0,
    controlRefused: 0,
    publishThrottled: 0,
  };
}

export function countIn(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}
