import type { TwitterAccount, UserData } from '../gws/schemas';
import { stableDigits } from './stableIds';

/** Twitter's own rule for screen names; the avatar route accepts nothing else. */
export const screenNamePattern = /^[A-Za-z0-9_]{1,15}$/;

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

export interface SentBy {
  account: TwitterAccount;
  /** The agent's userName, reported as `_umsInboundIxnSubmittedBy`. */
  agentUserName: string;
  baseUrl: string;
}

/** userData of a Sent tweet, with the keys of the seed's sample (fixture seed-sent-notification.json). */
export function sentUserData({ account, agentUserName, baseUrl }: SentBy): UserData {
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
    _umsInboundIxnSubmittedBy: agentUserName,
    _umsMediaAccount: twitterUserId,
  };
}
