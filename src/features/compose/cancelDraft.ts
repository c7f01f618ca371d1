import { waitForAnswer, watchNotifications, type NotificationClient } from '../../gws/cometd';
import { isGwsError, type GwsHttpClient } from '../../gws/http';
import { StatusCode } from '../../gws/statusCodes';
import { isOutcomeFor } from './tweetOutcome';

export interface CancelDraftClients {
  http: Pick<GwsHttpClient, 'cancelTweet' | 'listTweets'>;
  notifications: Pick<NotificationClient, 'waitForReference' | 'onNotification'>;
}

/**
 * Cancels a draft (Cancel operation) and waits for GWS to confirm it: the notification with the
 * ack's referenceId, or (plain ack) the next state change of that tweet. A draft GWS no longer has
 * counts as canceled; one the list still shows Composing after the wait does not.
 */
export async function cancelDraft(clients: CancelDraftClients, id: string, confirmTimeoutMs: number): Promise<void> {
  const watch = watchNotifications(clients.notifications, (notification) => isOutcomeFor(id, notification));
  try {
    let referenceId: number | undefined;
    try {
      ({ referenceId } = await clients.http.cancelTweet(id));
    } catch (error) {
      if (isGwsError(error, 'status') && error.statusCode === StatusCode.NotFound) return;
      throw error;
    }
    const answer = await waitForAnswer(clients.notifications, referenceId, watch, confirmTimeoutMs);
    if (answer?.kind === 'tweetError') throw new Error(answer.errorMessage);
    if (answer?.kind === 'tweetState' && answer.tweet.state !== 'Composing') return;
    const { tweets } = await clients.http.listTweets();
    if (tweets.some((tweet) => tweet.id === id && tweet.state === 'Composing')) {
      throw new Error('GWS accepted the Cancel but has not confirmed it yet; the draft is still there.');
    }
  } finally {
    watch.stop();
  }
}
