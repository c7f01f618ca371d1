import type { TwitterErrorWire, TwitterStateChangeWire } from '../gws/schemas';
import type { SimTweet } from './store/simTweet';

/**
 * The Twitter notifications the simulator publishes on `/v2/me/twitter` (contract §5). Each builder's
 * output satisfies the contract's wire type (what parseNotification reads), and the unit tests parse
 * it with the app's parser.
 * `referenceId` is left out when the operation's ack had none (Save; `twitterAcks: 'plain'`).
 */

/**
 * [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/TwitterCreate (StatusChange);
 * `TwitterSaved` as the Save page's sample spells it, https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterSave,
 * in the same `TwitterStateChangeMessage`/`twitter` spelling as the other operation pages (the
 * TwitterMessageType page's list says `TweetSaved`; the app accepts both)].
 */
export interface TwitterStateChangeMessage {
  messageType: 'TwitterStateChangeMessage';
  notificationType: 'StatusChange' | 'TwitterSaved';
  referenceId?: number;
  twitter: SimTweet;
}

/**
 * An Error notification: notificationType `Error` exists [doc]; carrying the text in `errorMessage`
 * and the tweet in `twitter` is [ours].
 */
export interface TwitterErrorMessage {
  messageType: 'TwitterStateChangeMessage';
  notificationType: 'Error';
  referenceId?: number;
  errorMessage: string;
  twitter?: SimTweet;
}

const withReference = (referenceId: number | undefined) => (referenceId === undefined ? {} : { referenceId });

export function twitterStateChange(
  notificationType: TwitterStateChangeMessage['notificationType'],
  referenceId: number | undefined,
  twitter: SimTweet,
): TwitterStateChangeMessage {
  return { messageType: 'TwitterStateChangeMessage', notificationType, ...withReference(referenceId), twitter } satisfies TwitterStateChangeWire;
}

export function twitterError(referenceId: number | undefined, errorMessage: string, twitter: SimTweet | undefined): TwitterErrorMessage {
  return {
    messageType: 'TwitterStateChangeMessage',
    notificationType: 'Error',
    ...withReference(referenceId),
    errorMessage,
    ...(twitter ? { twitter } : {}),
  } satisfies TwitterErrorWire;
}
