import { expect } from 'vitest';
import { createNotificationClient, type NotificationClient } from '../../../src/gws/cometd';
import type { GwsNotification } from '../../../src/gws/schemas';
import { teamFeedDefaults, teamTweetListSchema, type TeamTweetList } from '../../../src/gws/teamFeed/teamFeedSchemas';
import { teamFeedPaths } from '../../../src/simulator/testing';
import { isMarker, markerData, simControl } from '../../support/simControl';
import { basicAuthorization } from './restClient';

export interface TeamFeedReceived {
  notification: GwsNotification;
  raw: unknown;
  channel: string;
}

export interface TeamFeedClient {
  client: NotificationClient;
  readonly received: TeamFeedReceived[];
  /** Times the client re-established its session (a later handshake, subscriptions confirmed). */
  readonly reestablished: number;
  /** What arrived before a marker published now to this user's team feed sessions (in order: nothing earlier can come later). */
  receivedBeforeMarker(): Promise<TeamFeedReceived[]>;
}

/**
 * The app's own notification client on the simulator's team feed (`/team-feed/cometd`, the
 * contract's channel), reading every message with `parseTeamFeedMessage` (`messages: 'team-feed'`), as a supervisor's console
 * does. Not connected yet; `adapt()` from cometd-nodejs-client must have run.
 */
export function teamFeedClient(baseUrl: string, user: string, channels: readonly string[] = [teamFeedDefaults.channel]): TeamFeedClient {
  const client = createNotificationClient({
    url: new URL(teamFeedPaths.cometd, baseUrl).href,
    authorization: basicAuthorization(user, 'password'),
    channels,
    messages: 'team-feed',
    backoffIncrementMs: 100,
    maxBackoffMs: 500,
  });
  const received: TeamFeedReceived[] = [];
  let reestablished = 0;
  client.onNotification((notification, raw, channel) => received.push({ notification, raw, channel }));
  client.onReestablished(() => (reestablished += 1));
  return {
    client,
    received,
    get reestablished() {
      return reestablished;
    },
    async receivedBeforeMarker() {
      const marker = markerData();
      await simControl(baseUrl, '/sim/publish', { user, teamFeed: true, data: marker });
      await expect.poll(() => received.some((r) => isMarker(marker, r.raw))).toBe(true);
      return received.filter((r) => !isMarker(marker, r.raw));
    },
  };
}

/** `GET /team-feed/tweets` with `user`'s credentials: the HTTP status and the raw body. */
export async function fetchTeamList(baseUrl: string, user: string, password = 'password'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(teamFeedPaths.tweets, baseUrl), { headers: { Authorization: basicAuthorization(user, password) } });
  const body: unknown = await response.json();
  return { status: response.status, body };
}

/** The team list as the app reads it (`teamTweetListSchema`), failing the test on any other answer or an item left out. */
export async function teamList(baseUrl: string, user = 'supervisor'): Promise<TeamTweetList> {
  const { status, body } = await fetchTeamList(baseUrl, user);
  expect(status).toBe(200);
  const list = teamTweetListSchema.parse(body);
  expect(list.ignored).toEqual([]);
  return list;
}
