import * as z from 'zod/mini';
import { control } from './tweetFlows';

const counts = z.record(z.string(), z.number());

/** The parts of `GET /sim/stats` the tests read. */
const simStatsSchema = z.looseObject({
  requests: z.number(),
  operations: counts,
  errors: counts,
  unauthorized: z.number(),
  csrfRejected: z.number(),
  bodyTooLarge: z.number(),
  notificationsPublished: z.number(),
  deliveries: z.number(),
  notificationsDropped: z.number(),
  sessionsDropped: z.number(),
  loadTweets: z.number(),
  tweets: z.number(),
  sessions: z.number(),
  /** The team feed's (/team-feed): deliveries, sessions dropped, sessions now. */
  teamFeedDeliveries: z.number(),
  teamFeedSessionsDropped: z.number(),
  teamFeedSessions: z.number(),
  loadRunning: z.boolean(),
});

export type SimStatsView = z.infer<typeof simStatsSchema>;

export async function simStats(baseUrl: string): Promise<SimStatsView> {
  return simStatsSchema.parse(await control(baseUrl, '/sim/stats'));
}
