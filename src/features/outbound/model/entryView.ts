import { statusIdText, type Tweet } from '../../../gws/schemas';
import type { DraftText, DraftTexts } from '../../../shared/session/draftTexts';
import type { OutboundEntry } from './outboundEntry';
import { userDataText } from './userDataValue';

/**
 * What the panel reads off an entry, as pure functions: the state it shows, the account, the
 * profile image, the follower flags… (who sent it: `entry.agent`, see agentAttribution.ts).
 */

/** The badges the panel knows; any other state is shown as it came. */
export const badgeStates = ['Composing', 'Sent', 'Canceled', 'Completed', 'Error'] as const;
const badgeStateSet: ReadonlySet<string> = new Set(badgeStates);

export function isBadgeState(state: string): boolean {
  return badgeStateSet.has(state);
}

/** The state shown: `Error` while a failure is marked on the tweet, else its GWS state. */
export function displayStateOf(entry: Pick<OutboundEntry, 'tweet' | 'error'>): string {
  if (entry.error) return 'Error';
  return entry.tweet.state ?? 'Unknown';
}

export function isInbound(tweet: Tweet): boolean {
  return tweet.twitterType === 'Inbound';
}

/** The Twitter account the tweet goes out from. */
export function fromAccountOf(tweet: Tweet): string | undefined {
  return tweet.from ?? userDataText(tweet, 'FromAddress');
}

/** Screen name without the @, from userData or else the `from` account. */
export function screenNameOf(tweet: Tweet): string | undefined {
  return (userDataText(tweet, '_twitterUserScreenName') ?? fromAccountOf(tweet))?.replace(/^@/, '');
}

export function displayNameOf(tweet: Tweet): string | undefined {
  return userDataText(tweet, '_twitterUserName');
}

/** The URL itself when it is an absolute http: or https: URL; anything else (javascript:, data:, relative) is refused. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

export function profileImageUrlOf(tweet: Tweet): string | undefined {
  return safeHttpUrl(userDataText(tweet, '_twitterUserImageURL'));
}

/**
 * The tweet on Twitter, when its status id is known: `twitterMsgId` [doc: TwitterMessageType sample]
 * or userData `_twitterMsgId` [doc: the Twitter interaction attributes of Genesys's Twitter driver,
 * https://docs.genesys.com/Documentation/MSGA/9.0.0/DMS/TwitterIxnAttribs]. Never `uri`: that is
 * GWS's own REST URL on an internal host.
 */
export function tweetLinkOf(tweet: Tweet): string | undefined {
  const statusId = tweet.twitterMsgId ?? statusIdText(tweet.userData?._twitterMsgId);
  return statusId !== undefined && /^\d{1,25}$/.test(statusId) ? `https://twitter.com/i/web/status/${statusId}` : undefined;
}

/** `"true"`/`"false"` (or 1/0) as a boolean; undefined when absent or anything else. */
export function userDataFlag(tweet: Tweet, key: '_twitterContactIsFollower' | '_twitterContactIsFriend'): boolean | undefined {
  const text = userDataText(tweet, key)?.toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

/** Up to two initials: `gc_support` → `GS`, `Vitaliy` → `VI`. */
export function initialsOf(name: string): string {
  const parts = name.replace(/^@/, '').split(/[_\s.-]+|(?<=[a-z])(?=[A-Z])/).filter((part) => part.length > 0);
  const letters = parts.length >= 2 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : (parts[0] ?? '').slice(0, 2);
  return letters.toUpperCase() || '?';
}

/** When the shown state was first seen (ms), else the entry's last change. */
export function stateSinceOf(entry: OutboundEntry): number {
  const state = entry.tweet.state;
  return state !== undefined && Object.hasOwn(entry.stateTimes, state) ? (entry.stateTimes[state] ?? entry.lastChange) : entry.lastChange;
}

/**
 * Whether the time of `state` is only an upper bound: the entry came from a list read already in
 * that state, so it began at some unknown time before (shown "before 14:32", never "now").
 */
export function stateTimeIsBound(entry: OutboundEntry, state: string | undefined): boolean {
  return entry.startUnknown === true && state !== undefined && entry.stateTimes[state] === entry.firstSeen;
}

/** Composing → Sent in ms, when both were seen as they happened (a Composing time that is only a bound says nothing). */
export function composingToSentMs(entry: OutboundEntry): number | undefined {
  const { Composing: composing, Sent: sent } = entry.stateTimes;
  if (composing === undefined || sent === undefined || stateTimeIsBound(entry, 'Composing')) return undefined;
  return Math.max(0, sent - composing);
}

/** Still Composing (not failed) for longer than `thresholdMs`: the Send never came back. */
export function isStuck(entry: OutboundEntry, now: number, thresholdMs: number): boolean {
  if (entry.error || entry.tweet.state !== 'Composing') return false;
  return now - (entry.stateTimes.Composing ?? entry.firstSeen) >= thresholdMs;
}

/** What this console is sending on the draft, while GWS has no text for it (a tweet with a message or subject shows its own). */
export function draftTextOf(entry: OutboundEntry, draftTexts: Pick<DraftTexts, 'get'>): DraftText | undefined {
  return entry.tweet.message === undefined && entry.tweet.subject === undefined ? draftTexts.get(entry.id) : undefined;
}
