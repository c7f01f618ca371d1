import type { CreateTweetBody, TweetOperationBody } from '../gws/schemas';
import { StatusCode } from '../gws/statusCodes';
import type { Actor, SimulatorContext } from './context';
import { twitterError, twitterStateChange } from './notificationMessages';
import { notifyTwitter } from './publishing';
import type { StoredTweet } from './store/simTweet';
import {
  canceledTweet, completedTweet, composingTweet, refuseOperation, refuseSender, savedTweet, sentTweet, type Refusal,
} from './store/tweetTransitions';
import { contactIdOf, sentUserData } from './twitterAccounts';
import { twitterRejection } from './twitterRules';

/**
 * An accepted operation: answer `{statusCode:0}` (with `referenceId` when there is one), then run
 * `after` (the notification, carrying the same referenceId).
 */
export type ServiceResult =
  | { ok: true; referenceId: number | undefined; tweetId: string; after: () => void }
  | { ok: false; refusal: Refusal };

/**
 * The referenceId of a Create, Send, Cancel or Complete: a new one, or none with `twitterAcks: 'plain'`
 * (wireModes.ts). Save never has one [doc: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterSave].
 */
export function twitterReferenceId(ctx: SimulatorContext): number | undefined {
  return ctx.config.twitterAcks === 'referenceId' ? ctx.nextReferenceId() : undefined;
}

const refused = (refusal: Refusal): ServiceResult => ({ ok: false, refusal });

export function tweetUri(baseUrl: string, id: string): string {
  return `${baseUrl}/api/v2/tweet/${encodeURIComponent(id)}`;
}

/** A tweet the actor may see and operate on (another agent's tweet is "not found"). */
export function findOwnTweet(ctx: SimulatorContext, actor: Actor, id: string): StoredTweet | undefined {
  const stored = ctx.store.get(id);
  return stored && stored.owner === actor.userName ? stored : undefined;
}

/** Create: a new Composing outbound tweet, notified as StatusChange with the Create's referenceId. */
export function createTweet(ctx: SimulatorContext, actor: Actor, body: CreateTweetBody, baseUrl: string): ServiceResult {
  const referenceId = twitterReferenceId(ctx);
  const id = ctx.nextTweetId();
  const tweet = composingTweet({ id, uri: tweetUri(baseUrl, id), userData: body.userData });
  ctx.store.add(actor.userName, tweet);
  return {
    ok: true,
    referenceId,
    tweetId: id,
    after: () => notifyTwitter(ctx, actor.userName, twitterStateChange('StatusChange', referenceId, tweet)),
  };
}

/** Save, Send, Cancel, Complete on one of the actor's tweets. Refusals change nothing. */
export function operateOnTweet(
  ctx: SimulatorContext,
  actor: Actor,
  id: string,
  body: TweetOperationBody,
  baseUrl: string,
): ServiceResult {
  const stored = findOwnTweet(ctx, actor, id);
  if (!stored) return refused({ statusCode: StatusCode.NotFound, statusMessage: `Tweet ${id} not found` });
  const refusal = refuseOperation(stored, body.operationName);
  if (refusal) return refused(refusal);
  const accept = (next: typeof stored.tweet, notificationType: 'StatusChange' | 'TwitterSaved'): ServiceResult => {
    ctx.store.update(id, next);
    const referenceId = notificationType === 'TwitterSaved' ? undefined : twitterReferenceId(ctx);
    const message = twitterStateChange(notificationType, referenceId, next);
    return { ok: true, referenceId, tweetId: id, after: () => notifyTwitter(ctx, actor.userName, message) };
  };

  switch (body.operationName) {
    case 'Save': {
      const senderRefusal = refuseSender(body.twitter.from, actor.twitterAccounts);
      return senderRefusal ? refused(senderRefusal) : accept(savedTweet(stored.tweet, body.twitter), 'TwitterSaved');
    }
    case 'Send': {
      const senderRefusal = refuseSender(body.twitter.from, actor.twitterAccounts);
      if (senderRefusal) return refused(senderRefusal);
      ctx.store.setSending(id, true);
      const referenceId = twitterReferenceId(ctx);
      const { from, message } = body.twitter;
      const answer = () => finishSend(ctx, actor, id, referenceId, { from, message }, baseUrl);
      return { ok: true, referenceId, tweetId: id, after: () => ctx.timers.after(ctx.config.twitterDelayMs, answer) };
    }
    case 'Cancel':
      return accept(canceledTweet(stored.tweet), 'StatusChange');
    case 'Complete':
      return accept(completedTweet(stored.tweet), 'StatusChange');
  }
}

/** "Twitter" answers a Send: Sent, or an Error notification and the tweet stays Composing. */
function finishSend(
  ctx: SimulatorContext,
  actor: Actor,
  id: string,
  referenceId: number | undefined,
  twitter: { from: string; message: string },
  baseUrl: string,
): void {
  const stored = ctx.store.get(id);
  if (!stored) return;
  ctx.store.setSending(id, false);
  const rejection = twitterRejection(twitter.message, ctx.store.lastSentMessage(twitter.from));
  if (rejection) {
    notifyTwitter(ctx, actor.userName, twitterError(referenceId, rejection, stored.tweet));
    return;
  }
  const account = actor.twitterAccounts.find((a) => a.screenName === twitter.from) ?? { screenName: twitter.from };
  const sent = sentTweet(stored.tweet, {
    ...twitter,
    contactId: contactIdOf(twitter.from),
    userData: sentUserData({ account, baseUrl }),
  });
  ctx.store.update(id, sent);
  ctx.store.recordSent(twitter.from, twitter.message);
  notifyTwitter(ctx, actor.userName, twitterStateChange('StatusChange', referenceId, sent));
}
