import type { TwitterAccount, UserData } from '../gws/schemas';
import { stableDigits } from './stableIds';

/** Twitter's own rule for screen names; users files and the avatar route accept nothing else. */
export const screenNamePattern = /^[A-Za-z0-9_]{1,15}$/;

/**
 * The Social Messaging Server application that submits the simulator's interactions, reported as
 * `_umsInboundIxnSubmittedBy` [doc: the seed's Sent sample has `esv_smsrv_vit`, an SMS application;
 * this name is ours]. Never the agent: GWS names no agent in an outbound tweet's userData.
 */
export const socialMessagingServerApplication = 'esv_smsrv_sim';

/**
 * Routing keys on every Sent tweet [ours, values chosen to look like GWS's]: a `null` value, as the
 * Accept sample's `"RRequestedSkills": null` [doc: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterAccept],
 * and one nested key/value list (KV lists nest in Genesys userData), so clients meet both.
 */
export const routingUserData = {
  RRequestedSkills: null,
  RStrategyContext: { RTenant: 'Environment', RStrategyName: 'Twitter Outbound' },
} as const satisfies UserData;

/** Stable numeric Twitter user id of an account (the seed's `_twitterUserId` is numeric). */
export function twitterUserIdOf(screenName: string): string {
  return `1${stableDigits(`twitter:${screenName.toLowerCase()}`, 9, 10)}`;
}

/** Stable GWS contact id (16 characters, mixed case like the seed's `00025aA4V4DR01M6`). */
export function contactIdOf(screenName: string): string {
  return `0002${stableDigits(`contact:${screenName.toLowerCase()}`, 12, 62)}`;
}

/** Absolute URL of the avatar the simulator serves itself (no internet here). */
export function avatarUrlOf(baseUrl: string, screenName: string): string {
  return `${baseUrl}/sim/avatars/${encodeURIComponent(screenName)}.svg`;
}

export interface SentFrom {
  account: TwitterAccount;
  baseUrl: string;
}

/**
 * userData GWS adds to a Sent tweet: the keys of the seed's sample (fixture
 * seed-sent-notification.json, [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/TwitterSend]),
 * plus `routingUserData`. Merged over Create's userData (the console's own keys stay).
 */
export function sentUserData({ account, baseUrl }: SentFrom): UserData {
  const twitterUserId = twitterUserIdOf(account.screenName);
  return {
    FromAddress: account.screenName,
    _twitterContactIsFollower: 'false',
    _twitterContactIsFriend: 'false',
    _twitterMsgType: 'Status',
    _twitterUserId: twitterUserId,
    _twitterUserImageURL: avatarUrlOf(baseUrl, account.screenName),
    _twitterUserName: account.displayName ?? account.screenName,
    _twitterUserScreenName: account.screenName,
    _umsChannel: 'channel-twitter',
    _umsInboundIxnSubmittedBy: socialMessagingServerApplication,
    _umsMediaAccount: twitterUserId,
    RRequestedSkills: routingUserData.RRequestedSkills,
    RStrategyContext: { ...routingUserData.RStrategyContext },
  };
}
