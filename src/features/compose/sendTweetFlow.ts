import { waitForAnswer, watchNotifications, type NotificationClient } from '../../gws/cometd';
import { consoleUserDataKeys, isGwsError, type GwsHttpClient } from '../../gws/http';
import type { GwsNotification, Tweet } from '../../gws/schemas';
import { StatusCode } from '../../gws/statusCodes';
import { isUncertain, sendErrorFrom, SendTweetError } from './sendFailure';
import { isOutcomeFor } from './tweetOutcome';

/**
 * Sending one tweet through GWS (contract §4): Create (only when there is no draft yet) → the
 * Composing notification that answers it (it brings the tweet id) → Send on that id → the
 * notification that answers the Send (Sent, or an Error). An answer is the notification with the
 * ack's referenceId or, when GWS answered a plain `{statusCode:0}`, the next notification naming
 * the tweet (for Create: the draft carrying this attempt's key).
 * Nothing is ever sent twice: a Send whose outcome is unknown (answer lost or unreadable, no
 * notification in time) is checked against GWS's tweet list — at once when the answer was lost —
 * and Retry re-sends on the same draft, which GWS refuses once it has gone out. Every list read
 * also reaches the live panel (the HTTP client's `onTweetList`), so form and panel agree.
 * Rejects with a SendTweetError (see SendFailure), or with the GwsError of an ended session.
 */

export interface SendTweetClients {
  http: Pick<GwsHttpClient, 'createTweet' | 'sendTweet' | 'listTweets'>;
  notifications: Pick<NotificationClient, 'waitForReference' | 'onNotification'>;
}

export interface SendTweetInput {
  from: string;
  queuePath: string;
  message: string;
  saveLAR: boolean;
}

export type SendStep = 'creating' | 'sending' | 'checking';

export interface SendTweetOptions {
  /** The draft (Composing tweet) of an earlier attempt, to send again; undefined creates one. */
  draftId: string | undefined;
  /** Written into a new draft's userData, so that a draft whose confirmation was lost can be found. */
  draftKey: string;
  /** More userData for a new draft (e.g. the agent's name under config.json `agentUserDataKey`). */
  draftUserData: Readonly<Record<string, string>>;
  /** An earlier attempt sent a Create with this key and never learnt its id: look for it first. */
  recoverDraftFirst: boolean;
  /** How long to wait for each notification. */
  confirmTimeoutMs: number;
  onStep(step: SendStep): void;
  onDraftCreated(id: string): void;
  now?: () => number;
}

export interface SentTweet {
  tweet: Tweet;
  elapsedMs: number;
}

/** [ours] The userData key of the console's draft key. */
export const draftKeyField = consoleUserDataKeys.draftKey;

export async function sendTweet(clients: SendTweetClients, input: SendTweetInput, options: SendTweetOptions): Promise<SentTweet> {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  let draftId = options.draftId;
  if (draftId === undefined && options.recoverDraftFirst) draftId = await findDraft(clients, options);
  if (draftId === undefined) {
    options.onStep('creating');
    draftId = await createDraft(clients, input.queuePath, options);
    options.onDraftCreated(draftId);
  }
  options.onStep('sending');
  const tweet = await sendOnDraft(clients, draftId, input, options);
  return { tweet, elapsedMs: now() - startedAt };
}

const isDraftWithKey = (draftKey: string) => (notification: GwsNotification) =>
  notification.kind === 'tweetState' &&
  notification.tweet.state === 'Composing' &&
  notification.tweet.userData?.[draftKeyField] === draftKey;

async function createDraft(clients: SendTweetClients, queuePath: string, options: SendTweetOptions): Promise<string> {
  const watch = watchNotifications(clients.notifications, isDraftWithKey(options.draftKey));
  try {
    let referenceId: number | undefined;
    try {
      const userData = { ...options.draftUserData, [draftKeyField]: options.draftKey };
      ({ referenceId } = await clients.http.createTweet({ queuePath, userData }));
    } catch (error) {
      const failure = sendErrorFrom(error, 'create');
      if (!isUncertain(error)) throw failure;
      const found = await findDraft(clients, options);
      if (found !== undefined) return found;
      throw failure;
    }
    const answer = await waitForAnswer(clients.notifications, referenceId, watch, options.confirmTimeoutMs);
    if (answer?.kind === 'tweetError') throw new SendTweetError({ kind: 'rejected', stage: 'create', errorMessage: answer.errorMessage });
    if (answer?.kind === 'operationResponse' && !answer.success) {
      throw new SendTweetError({ kind: 'rejected', stage: 'create', errorMessage: answer.errorMessage ?? 'GWS refused the Create' });
    }
    if (answer?.kind === 'tweetState' && answer.tweet.state === 'Composing') return answer.tweet.id;
    const found = await findDraft(clients, options);
    if (found !== undefined) return found;
    if (answer === undefined) throw new SendTweetError({ kind: 'unconfirmed', stage: 'create', reason: 'timeout' });
    throw unexpectedAnswer('create', answer);
  } finally {
    watch.stop();
  }
}

/** GWS's tweet list, or the reason it could not be read; an ended session still ends it. */
async function readTweetList(clients: SendTweetClients, options: SendTweetOptions): Promise<Tweet[] | Error> {
  options.onStep('checking');
  try {
    return (await clients.http.listTweets()).tweets;
  } catch (error) {
    if (isGwsError(error, 'unauthorized')) throw error;
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The Composing draft carrying this attempt's key, if GWS made one (undefined when the list is unreadable). */
async function findDraft(clients: SendTweetClients, options: SendTweetOptions): Promise<string | undefined> {
  const tweets = await readTweetList(clients, options);
  if (tweets instanceof Error) return undefined;
  return tweets.find((tweet) => tweet.state === 'Composing' && tweet.userData?.[draftKeyField] === options.draftKey)?.id;
}

async function sendOnDraft(clients: SendTweetClients, id: string, input: SendTweetInput, options: SendTweetOptions): Promise<Tweet> {
  const watch = watchNotifications(clients.notifications, (notification) => isOutcomeFor(id, notification));
  try {
    let referenceId: number | undefined;
    try {
      const twitter = { from: input.from, message: input.message };
      ({ referenceId } = await clients.http.sendTweet(id, { queuePath: input.queuePath, twitter, saveLAR: input.saveLAR }));
    } catch (error) {
      if (isGwsError(error, 'status') && error.statusCode === StatusCode.InvalidForState) {
        // Not valid now: perhaps an earlier Send on this draft went out (or is going out) meanwhile.
        return await confirmByList(clients, id, options, sendErrorFrom(error, 'send'));
      }
      if (!isUncertain(error)) throw sendErrorFrom(error, 'send');
      // The answer was lost: GWS may have taken the Send. Ask the list now; while it still shows the
      // draft (or cannot be read), the outcome may yet come as a notification.
      const lost = new SendTweetError({ kind: 'unconfirmed', stage: 'send', reason: 'lost-response' });
      const early = await checkList(clients, id, options);
      if (early !== 'composing' && !('unreadable' in early)) return settle(early, lost);
      return await outcomeOrList(clients, id, await watch.next(options.confirmTimeoutMs), options, lost);
    }
    const answer = await waitForAnswer(clients.notifications, referenceId, watch, options.confirmTimeoutMs);
    return await outcomeOrList(clients, id, answer, options, new SendTweetError({ kind: 'unconfirmed', stage: 'send', reason: 'timeout' }));
  } finally {
    watch.stop();
  }
}

/** The Send's answer decides when it says how it ended; otherwise (none, unreadable…) the list does. */
async function outcomeOrList(
  clients: SendTweetClients,
  id: string,
  answer: GwsNotification | undefined,
  options: SendTweetOptions,
  stillComposing: Error,
): Promise<Tweet> {
  if (answer?.kind === 'tweetError') throw new SendTweetError({ kind: 'rejected', stage: 'send', errorMessage: answer.errorMessage });
  if (answer?.kind === 'operationResponse' && !answer.success) {
    throw new SendTweetError({ kind: 'rejected', stage: 'send', errorMessage: answer.errorMessage ?? 'GWS refused the Send' });
  }
  if (answer?.kind === 'tweetState' && answer.tweet.state !== 'Composing') return settle(listedState(answer.tweet), stillComposing);
  return await confirmByList(clients, id, options, stillComposing);
}

/** The tweet's state in GWS's list decides: Sent is success; Composing throws `stillComposing`. */
async function confirmByList(clients: SendTweetClients, id: string, options: SendTweetOptions, stillComposing: Error): Promise<Tweet> {
  return settle(await checkList(clients, id, options), stillComposing);
}

type ListedState = 'composing' | { sent: Tweet } | { gone: string } | { unknown: 'not-listed' | 'unknown-state'; state?: string } | { unreadable: string };

async function checkList(clients: SendTweetClients, id: string, options: SendTweetOptions): Promise<ListedState> {
  const tweets = await readTweetList(clients, options);
  if (tweets instanceof Error) return { unreadable: tweets.message };
  const tweet = tweets.find((candidate) => candidate.id === id);
  return tweet ? listedState(tweet) : { unknown: 'not-listed' };
}

function listedState(tweet: Tweet): ListedState {
  switch (tweet.state) {
    case 'Composing':
      return 'composing';
    case 'Sent':
      return { sent: tweet };
    // A canceled draft never went out. (Completed is not taken as "not sent": GWS may complete an
    // interaction after it was sent, and then the list cannot tell.)
    case 'Canceled':
      return { gone: tweet.state };
    case undefined:
    default:
      return { unknown: 'unknown-state', state: tweet.state };
  }
}

function settle(state: ListedState, stillComposing: Error): Tweet {
  if (state === 'composing') throw stillComposing;
  if ('sent' in state) return state.sent;
  if ('gone' in state) throw new SendTweetError({ kind: 'draft-gone', state: state.gone });
  if ('unreadable' in state) throw new SendTweetError({ kind: 'unchecked', stage: 'send', message: state.unreadable });
  throw new SendTweetError({ kind: 'unknown', reason: state.unknown, state: state.state });
}

function unexpectedAnswer(stage: 'create' | 'send', answer: GwsNotification): SendTweetError {
  const what = answer.kind === 'tweetState' ? `a ${answer.tweet.state ?? 'state-less'} tweet` : `a ${answer.kind} notification`;
  const message = `GWS answered the ${stage === 'create' ? 'Create' : 'Send'} with ${what}`;
  return new SendTweetError({ kind: 'transport', stage, reason: 'invalid-response', message });
}
