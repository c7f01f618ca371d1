import type { Tweet } from '../../../gws/schemas';
import type { OutboundEntry } from './outboundEntry';

/**
 * What the panel reads off an entry, as pure functions: the state it shows, who sent it, the
 * profile image, the follower flags… userData values are strings or numbers (contract §3).
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

function userDataText(tweet: Tweet, key: string): string | undefined {
  const value = tweet.userData?.[key];
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** The Twitter account the tweet goes out from. */
export function fromAccountOf(tweet: Tweet): string | undefined {
  return tweet.from ?? userDataText(tweet, 'FromAddress');
}

/** The agent who sent it (`_umsInboundIxnSubmittedBy`). */
export function agentOf(tweet: Tweet): string | undefined {
  return userDataText(tweet, '_umsInboundIxnSubmittedBy');
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

export function tweetLinkOf(tweet: Tweet): string | undefined {
  return safeHttpUrl(tweet.uri);
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

/** Composing → Sent in ms, when both were seen. */
export function composingToSentMs(entry: OutboundEntry): number | undefined {
  const { Composing: composing, Sent: sent } = entry.stateTimes;
  return composing === undefined || sent === undefined ? undefined : Math.max(0, sent - composing);
}

/** Still Composing (not failed) for longer than `thresholdMs`: the Send never came back. */
export function isStuck(entry: OutboundEntry, now: number, thresholdMs: number): boolean {
  if (entry.error || entry.tweet.state !== 'Composing') return false;
  return now - (entry.stateTimes.Composing ?? entry.firstSeen) >= thresholdMs;
}
