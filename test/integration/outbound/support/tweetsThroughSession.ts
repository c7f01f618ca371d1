import type { GwsSession } from '../../../../src/shared/session/GwsSessionContext';
import { consoleUserDataKeys } from '../../../../src/gws/http';
import type { Ack, UserData } from '../../../../src/gws/schemas';

export const queuePath = '/queues/twitter-outbound';

/** The ack's referenceId; the simulator's Create and Send acks carry one by default (as the current Twitter pages show). */
export function referenceOf(ack: Ack): number {
  if (ack.referenceId === undefined) throw new Error(`expected an ack with a referenceId, got ${JSON.stringify(ack)}`);
  return ack.referenceId;
}

/**
 * Create → the Composing notification answering it, through the session's clients; the new tweet's
 * id. Like the console, the draft's userData names the agent (`ConsoleAgent`) and the queue (`ConsoleQueue`).
 */
export async function createDraftAs(session: GwsSession, userData?: UserData): Promise<string> {
  const created = await session.http.createTweet({ queuePath, userData: { [consoleUserDataKeys.agent]: session.user.userName, [consoleUserDataKeys.queue]: queuePath, ...userData } });
  const composing = await session.notifications.waitForReference(referenceOf(created), 10_000);
  if (composing.kind !== 'tweetState') throw new Error(`Create answered ${JSON.stringify(composing)}`);
  return composing.tweet.id;
}

/** Create → Composing → Send; resolves with the id once the sender got the Send's answer. */
export async function sendAs(session: GwsSession, from: string, message: string): Promise<string> {
  const id = await createDraftAs(session);
  const sent = await session.http.sendTweet(id, { queuePath, twitter: { from, message } });
  await session.notifications.waitForReference(referenceOf(sent), 10_000);
  return id;
}
