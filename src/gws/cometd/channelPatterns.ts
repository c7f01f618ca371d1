/**
 * The channels worth subscribing to: duplicates and channels that a configured wildcard already
 * matches are dropped (`/v2/me/*` matches one more segment, `/v2/me/**` any number). Overlapping
 * subscriptions would deliver a message twice (cometd-nodejs-server sends one copy per matching
 * subscription, without a message id to tell them apart).
 */
export function withoutCoveredChannels(channels: readonly string[]): string[] {
  const unique = [...new Set(channels)];
  return unique.filter((channel) => !unique.some((other) => other !== channel && covers(other, channel)));
}

/** Whether a subscription to `pattern` (a channel, `/a/*` or `/a/**`) receives messages on `channel`. */
export function channelMatches(pattern: string, channel: string): boolean {
  return pattern === channel || covers(pattern, channel);
}

function covers(pattern: string, channel: string): boolean {
  if (pattern.endsWith('/**')) {
    const prefix = pattern.slice(0, -2);
    return channel.startsWith(prefix) && channel.length > prefix.length;
  }
  if (pattern.endsWith('/*')) {
    const prefix = pattern.slice(0, -1);
    const rest = channel.slice(prefix.length);
    return channel.startsWith(prefix) && rest.length > 0 && !rest.includes('/') && rest !== '**';
  }
  return false;
}
