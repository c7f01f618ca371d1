import type { RuntimeConfig } from '../../shared/config/configSchema';
import { createTeamRoster, type TeamSession } from '../../shared/session/teamSession';
import { createTweetFeed } from '../../shared/session/tweetFeed/tweetFeed';
import type { NotificationClient, NotificationClientOptions } from '../../gws/cometd';
import { createTeamTweetListReader } from '../../gws/teamFeed';

interface TeamSessionInput {
  teamFeed: NonNullable<RuntimeConfig['teamFeed']>;
  /** The supervisor's GWS `Authorization`: the team feed's service answers the same credentials. */
  authorization: string;
  createNotificationClient: (options: NotificationClientOptions) => NotificationClient;
  pageUrl: string;
  fetch?: typeof fetch;
}

/**
 * Opens the team feed for a supervisor: its CometD client (subscribed before the dashboard reads
 * the list, so nothing falls between the two) and the list reader, which refreshes the roster. A
 * feed that cannot be reached does not stop the sign-in: the dashboard says so and offers Reconnect.
 */
export async function openTeamSession(input: TeamSessionInput): Promise<TeamSession> {
  const { teamFeed, pageUrl } = input;
  const notifications = input.createNotificationClient({
    url: new URL(teamFeed.url, pageUrl),
    authorization: input.authorization,
    channels: [teamFeed.channel],
    messages: 'team-feed',
  });
  const feed = createTweetFeed({ notifications, tweetChannel: teamFeed.channel });
  const roster = createTeamRoster();
  const readTeamList = createTeamTweetListReader({ listUrl: new URL(teamFeed.listUrl, pageUrl).href, authorization: input.authorization, fetch: input.fetch });
  const team: TeamSession = {
    notifications,
    feed,
    roster,
    readList: async (options) => {
      const list = await readTeamList(options);
      roster.set(list.agents);
      return list;
    },
  };
  await notifications.connect().catch((error: unknown) => {
    console.warn('[team feed] cannot connect; the dashboard offers Reconnect:', error);
  });
  return team;
}

/** Stops the team feed and closes its connection. */
export async function closeTeamSession(team: TeamSession): Promise<void> {
  team.feed.stop();
  await team.notifications.disconnect().catch(() => undefined);
}
