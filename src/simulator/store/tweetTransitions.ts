import { StatusCode } from '../../gws/statusCodes';
import type { TweetOperationBody, UserData } from '../../gws/schemas';
import type { SimTweet, StoredTweet } from './simTweet';

/**
 * Pure state changes of an outbound tweet: Composing → Sent | Canceled | Completed.
 * Each returns a new tweet; refusals say which statusCode the operation gets.
 */

/** [ours] What a Composing outbound tweet can do (contract §3 lists the names). */
export const composingCapabilities: readonly string[] = [
  'Send', 'Cancel', 'AttachUserData', 'UpdateUserData', 'DeleteUserData', 'Complete',
];

export interface Refusal {
  statusCode: number;
  statusMessage: string;
}

export function composingTweet(input: { id: string; uri: string; userData: UserData | undefined }): SimTweet {
  return {
    id: input.id,
    state: 'Composing',
    twitterType: 'Outbound',
    uri: input.uri,
    capabilities: [...composingCapabilities],
    userData: { ...input.userData },
  };
}

/**
 * Whether `operation` may run on the tweet now. Save needs a Composing tweet; Send, Cancel and
 * Complete need their capability. A tweet whose Send is in flight refuses everything.
 */
export function refuseOperation(stored: StoredTweet, operation: TweetOperationBody['operationName']): Refusal | undefined {
  const { tweet } = stored;
  if (stored.sending) {
    return { statusCode: StatusCode.InvalidForState, statusMessage: `Tweet ${tweet.id} is being sent` };
  }
  const allowed = operation === 'Save' ? tweet.state === 'Composing' : tweet.capabilities.includes(operation);
  if (!allowed) {
    return {
      statusCode: StatusCode.InvalidForState,
      statusMessage: `${operation} is not valid for tweet ${tweet.id} in state ${tweet.state}`,
    };
  }
  return undefined;
}

/** `from` must be one of the agent's accounts (statusCode 5 otherwise). */
export function refuseSender(from: string, accounts: readonly { screenName: string }[]): Refusal | undefined {
  if (accounts.some((a) => a.screenName === from)) return undefined;
  return { statusCode: StatusCode.NoPermission, statusMessage: `No permission to send from Twitter account ${from}` };
}

export function savedTweet(tweet: SimTweet, twitter: { from: string; message: string }): SimTweet {
  return { ...tweet, from: twitter.from, message: twitter.message };
}

export function sentTweet(
  tweet: SimTweet,
  sent: { from: string; message: string; contactId: string; userData: UserData },
): SimTweet {
  return {
    ...tweet,
    contactId: sent.contactId,
    from: sent.from,
    message: sent.message,
    subject: sent.message,
    state: 'Sent',
    capabilities: [],
    userData: { ...tweet.userData, ...sent.userData },
  };
}

export function canceledTweet(tweet: SimTweet): SimTweet {
  return { ...tweet, state: 'Canceled', capabilities: [] };
}

export function completedTweet(tweet: SimTweet): SimTweet {
  return { ...tweet, state: 'Completed', capabilities: [] };
}
