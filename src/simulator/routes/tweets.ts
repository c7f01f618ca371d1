import { createTweetBodySchema, tweetOperationBodySchema } from '../../gws/schemas';
import type { SimulatorContext } from '../context';
import { json, statusError, type Outcome } from '../http/respond';
import { twitterError } from '../notificationMessages';
import { notifyTwitter } from '../publishing';
import type { SimTweet } from '../store/simTweet';
import { createTweet, findOwnTweet, operateOnTweet, twitterReferenceId, type ServiceResult } from '../tweetService';
import type { ApiRequest, ApiRoute } from './apiRequest';
import { ack, parseOperation } from './operationBody';

/**
 * `GET /api/v2/me/tweets?fields=*` [doc: the resource, https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterResource];
 * the `tweets` wrapper key [ours: collections are named after the resource,
 * https://docs.genesys.com/Documentation/HTCC/8.5.0/API/ReturnValues] and the cap `maxListedTweets` [ours].
 */
export interface TweetListBody {
  statusCode: 0;
  tweets: SimTweet[];
}

/**
 * The signed-in user's own tweets, a supervisor's too: `/api/v2/me/…` is the signed-in user's
 * resource (contract §3). A supervisor reads the team's from the team feed's list [ours] (teamFeed/).
 */
export const listTweets: ApiRoute = (ctx, { user }) => {
  const body: TweetListBody = { statusCode: 0, tweets: ctx.store.list(user.userName, ctx.config.maxListedTweets) };
  return json(body);
};

/** `POST /api/v2/me/tweets` Create. */
export const postCreate: ApiRoute = (ctx, request) => {
  const parsed = parseOperation(ctx, request.body, ['Create'], createTweetBodySchema);
  if (!parsed.ok) return parsed.outcome;
  return injectedFailure(ctx, request, 'Create', undefined) ?? answer(createTweet(ctx, request.user, parsed.data, request.baseUrl));
};

/** `POST /api/v2/me/tweets/{id}` Save, Send, Cancel, Complete. */
export const postTweetOperation: ApiRoute = (ctx, request) => {
  const parsed = parseOperation(ctx, request.body, ['Save', 'Send', 'Cancel', 'Complete'], tweetOperationBodySchema);
  if (!parsed.ok) return parsed.outcome;
  const id = request.params[0] ?? '';
  return (
    injectedFailure(ctx, request, parsed.data.operationName, id) ??
    answer(operateOnTweet(ctx, request.user, id, parsed.data, request.baseUrl))
  );
};

function answer(result: ServiceResult): Outcome {
  return result.ok ? ack(result.referenceId, result.after) : statusError(result.refusal.statusCode, result.refusal.statusMessage);
}

/**
 * `POST /sim/faults {failNext}`: the next well-formed tweet operation fails, and nothing changes —
 * either at once with that statusCode, or accepted and then answered by an Error notification.
 */
function injectedFailure(
  ctx: SimulatorContext,
  { user }: ApiRequest,
  operationName: string,
  tweetId: string | undefined,
): Outcome | undefined {
  const failure = ctx.faults.takeFailNext(operationName, true);
  if (!failure) return undefined;
  if (failure.kind === 'status') return statusError(failure.statusCode, failure.statusMessage);
  const referenceId = operationName === 'Save' ? undefined : twitterReferenceId(ctx);
  const tweet = tweetId === undefined ? undefined : findOwnTweet(ctx, user, tweetId)?.tweet;
  return ack(referenceId, () =>
    notifyTwitter(ctx, user.userName, twitterError(referenceId, failure.errorMessage, tweet)),
  );
}
