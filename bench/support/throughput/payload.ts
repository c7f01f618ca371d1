import { teamFeedDefaults } from '../../../src/gws/teamFeed/teamFeedSchemas';
import { twitterStateChange, type TwitterStateChangeMessage } from '../../../src/simulator/notificationMessages';
import { interactionId } from '../../../src/simulator/stableIds';
import { teamFeedMessage, type TeamFeedMessage } from '../../../src/simulator/teamFeed/teamFeedMessages';
import { teamFeedPaths } from '../../../src/simulator/teamFeed/teamFeedPaths';
import { contactIdOf, sentUserData } from '../../../src/simulator/twitterAccounts';

/**
 * What a supervisor's client reads: the team feed. GWS's `/v2/me/twitter` carries the supervisor's
 * own tweets only; the team's reach a supervisor on the team feed's `/team/twitter`, at
 * `/team-feed/cometd`. Both servers publish there (the bare one takes any path) and the client
 * subscribes to it.
 */
export const teamChannel = teamFeedDefaults.channel;
export const cometdPath = teamFeedPaths.cometd;

/** The agent whose tweets are published (the simulator's default agent1, on the team). */
export const benchAgent = { userName: 'agent1', firstName: 'Alice', lastName: 'Agent' } as const;

const account = { screenName: 'gc_support', displayName: 'GC Support' };

/** The parts that do not change (userData hashes the account name: computed once, not per message). */
const constantParts = new Map<string, { contactId: string; userData: ReturnType<typeof sentUserData> }>();

/**
 * The payload both servers publish: a StatusChange `Sent` notification built with the simulator's own
 * builders (the shape of test/fixtures/seed/seed-sent-notification.json), ≈ 900 bytes of JSON.
 * `referenceId` = the sequence number, so the client can check order and loss.
 */
export function sentNotification(sequence: number, baseUrl: string): TwitterStateChangeMessage {
  let constant = constantParts.get(baseUrl);
  if (!constant) {
    constant = { contactId: contactIdOf(account.screenName), userData: sentUserData({ account, baseUrl }) };
    constantParts.set(baseUrl, constant);
  }
  const id = interactionId(sequence, 'BENCH00');
  const message = `Benchmark tweet #${sequence}: thank you for your patience, we are looking into it`;
  return twitterStateChange('StatusChange', sequence, {
    id,
    contactId: constant.contactId,
    from: account.screenName,
    message,
    subject: message,
    state: 'Sent',
    twitterType: 'Outbound',
    uri: `${baseUrl}/api/v2/tweet/${id}`,
    capabilities: [],
    userData: constant.userData,
  });
}

/** What the bare server publishes: the envelope the simulator's team feed wraps the same notification in. */
export function teamFeedPayload(sequence: number, baseUrl: string): TeamFeedMessage {
  return teamFeedMessage({ ...benchAgent }, sentNotification(sequence, baseUrl));
}

/** The sequence number of a received team feed message, or undefined if it is not one of ours. */
export function sequenceOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('notification' in data)) return undefined;
  const { notification } = data;
  if (typeof notification !== 'object' || notification === null || !('referenceId' in notification)) return undefined;
  const { referenceId } = notification;
  return typeof referenceId === 'number' ? referenceId : undefined;
}
