import { twitterStateChange, type TwitterStateChangeMessage } from '../../../src/simulator/notificationMessages';
import { interactionId } from '../../../src/simulator/stableIds';
import { contactIdOf, sentUserData } from '../../../src/simulator/twitterAccounts';

/** The channel both servers publish on and the client subscribes to. */
export const twitterChannel = '/v2/me/twitter';

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

/** The sequence number of a received payload, or undefined if it is not one of ours. */
export function sequenceOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('referenceId' in data)) return undefined;
  const { referenceId } = data;
  return typeof referenceId === 'number' ? referenceId : undefined;
}
