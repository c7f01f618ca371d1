import type { NotificationClient } from '../../gws/cometd';
import { isGwsError, type GwsHttpClient } from '../../gws/http';
import type { GwsNotification, Tweet } from '../../gws/schemas';
import { StatusCode } from '../../gws/statusCodes';
import { isUncertain, sendErrorFrom, SendTweetError } from './sendFailure';
import { watchTweetOutcome } from './tweetOutcomeWatch';

/**
 * Sending one tweet through GWS (contract §4): Create (only when there is no draft yet) → the
 * Composing notification for Create's referenceId (it brings the tweet id) → Send on that id → the
 * notification for Send's referenceId (Sent, or an Error). Nothing is ever sent twice: a Send whose
 * outcome is unknown (answer lost, no notification in time) is checked against GWS's tweet list,
 * and Retry re-sends on the same draft, which GWS refuses once it has gone out.
 * Rejects with a SendTweetError (see SendFailure), or with the GwsError of a 401.
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
export const draftKeyField = 'ConsoleDraftKey';

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

async function createDraft(clients: SendTweetClients, queuePath: string, options: SendTweetOptions): Promise<string> {
  let referenceId: number;
  try {
    ({ referenceId } = await clients.http.createTweet({ queuePath, userData: { [draftKeyField]: options.draftKey } }));
  } catch (error) {
    const failure = sendErrorFrom(error, 'create');
    if (!isUncertain(error)) throw failure;
    const found = await findDraft(clients, options);
    if (found !== undefined) return found;
    throw failure;
  }
  let answer: GwsNotification;
  try {
    answer = await clients.notifications.waitForReference(referenceId, options.confirmTimeoutMs);
  } catch (error) {
    if (!isGwsError(error, 'timeout')) throw sendErrorFrom(error, 'create');
    const found = await findDraft(clients, options);
    if (found !== undefined) return found;
    throw new SendTweetError({ kind: 'unconfirmed', stage: 'create', reason: 'timeout' });
  }
  if (answer.kind === 'tweetError') throw new SendTweetError({ kind: 'rejected', stage: 'create', errorMessage: answer.errorMessage });
  if (answer.kind === 'tweetState' && answer.tweet.state === 'Composing') return answer.tweet.id;
  throw unexpectedAnswer('create', answer);
}

/** GWS's tweet list, or the reason it could not be read; a 401 still ends the session. */
async function readTweetList(clients: SendTweetClients, options: SendTweetOptions): Promise<Tweet[] | Error> {
  options.onStep('checking');
  try {
    return await clients.http.listTweets();
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
  const watch = watchTweetOutcome(clients.notifications, id);
  try {
    let referenceId: number;
    try {
      const twitter = { from: input.from, message: input.message };
      ({ referenceId } = await clients.http.sendTweet(id, { queuePath: input.queuePath, twitter, saveLAR: input.saveLAR }));
    } catch (error) {
      if (isGwsError(error, 'status') && error.statusCode === StatusCode.InvalidForState) {
        // Not valid now: perhaps an earlier Send on this draft went out (or is going out) meanwhile.
        return await confirmByList(clients, id, options, sendErrorFrom(error, 'send'));
      }
      if (!isUncertain(error)) throw sendErrorFrom(error, 'send');
      options.onStep('checking');
      const seen = await watch.next(options.confirmTimeoutMs);
      if (seen) return outcomeOf(seen);
      return await confirmByList(clients, id, options, new SendTweetError({ kind: 'unconfirmed', stage: 'send', reason: 'lost-response' }));
    }
    try {
      return outcomeOf(await clients.notifications.waitForReference(referenceId, options.confirmTimeoutMs));
    } catch (error) {
      if (!isGwsError(error, 'timeout')) throw sendErrorFrom(error, 'send');
      const seen = await watch.next(0);
      if (seen) return outcomeOf(seen);
      return await confirmByList(clients, id, options, new SendTweetError({ kind: 'unconfirmed', stage: 'send', reason: 'timeout' }));
    }
  } finally {
    watch.stop();
  }
}

/** The tweet's state in GWS's list decides: Sent is success; Composing throws `stillComposing`. */
async function confirmByList(clients: SendTweetClients, id: string, options: SendTweetOptions, stillComposing: Error): Promise<Tweet> {
  const tweets = await readTweetList(clients, options);
  if (tweets instanceof Error) throw new SendTweetError({ kind: 'unchecked', stage: 'send', message: tweets.message });
  const tweet = tweets.find((candidate) => candidate.id === id);
  if (tweet?.state === 'Sent') return tweet;
  if (tweet?.state === 'Composing') throw stillComposing;
  throw new SendTweetError({ kind: 'draft-gone', state: tweet?.state });
}

function outcomeOf(answer: GwsNotification): Tweet {
  if (answer.kind === 'tweetError') throw new SendTweetError({ kind: 'rejected', stage: 'send', errorMessage: answer.errorMessage });
  if (answer.kind === 'tweetState' && answer.tweet.state === 'Sent') return answer.tweet;
  if (answer.kind === 'tweetState' && answer.tweet.state !== 'Composing') {
    throw new SendTweetError({ kind: 'draft-gone', state: answer.tweet.state });
  }
  throw unexpectedAnswer('send', answer);
}

function unexpectedAnswer(stage: 'create' | 'send', answer: GwsNotification): SendTweetError {
  const what = answer.kind === 'tweetState' ? `a ${answer.tweet.state ?? 'state-less'} tweet` : `a ${answer.kind} notification`;
  const message = `GWS answered the ${stage === 'create' ? 'Create' : 'Send'} with ${what}`;
  return new SendTweetError({ kind: 'transport', stage, reason: 'invalid-response', message });
}
