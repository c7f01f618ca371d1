import type { NotificationClient } from '../../gws/cometd';
import { isGwsError, type GwsHttpClient } from '../../gws/http';
import { StatusCode } from '../../gws/statusCodes';

export interface DiscardDraftClients {
  http: Pick<GwsHttpClient, 'cancelTweet' | 'listTweets'>;
  notifications: Pick<NotificationClient, 'waitForReference'>;
}

/**
 * Cancels a draft (Cancel operation) and waits for GWS to confirm it. A draft GWS no longer has
 * counts as discarded; one the list still shows Composing after the wait does not.
 */
export async function discardDraft(clients: DiscardDraftClients, id: string, confirmTimeoutMs: number): Promise<void> {
  let referenceId: number;
  try {
    ({ referenceId } = await clients.http.cancelTweet(id));
  } catch (error) {
    if (isGwsError(error, 'status') && error.statusCode === StatusCode.NotFound) return;
    throw error;
  }
  try {
    const answer = await clients.notifications.waitForReference(referenceId, confirmTimeoutMs);
    if (answer.kind === 'tweetError') throw new Error(answer.errorMessage);
  } catch (error) {
    if (!isGwsError(error, 'timeout')) throw error;
    const tweets = await clients.http.listTweets();
    if (tweets.some((tweet) => tweet.id === id && tweet.state === 'Composing')) {
      throw new Error('GWS accepted the Cancel but has not confirmed it yet; the draft is still there.', { cause: error });
    }
  }
}
