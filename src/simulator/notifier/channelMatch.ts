/**
 * Whether a Bayeux subscription receives a message on `channel`:
 * the same name, `/a/*` (one more segment) or `/a/**` (any deeper segments).
 */
export function subscriptionMatches(subscription: string, channel: string): boolean {
  if (subscription === channel) return true;
  if (subscription.endsWith('/**')) {
    const prefix = subscription.slice(0, -2);
    return channel.startsWith(prefix) && channel.length > prefix.length;
  }
  if (subscription.endsWith('/*')) {
    const prefix = subscription.slice(0, -1);
    const rest = channel.slice(prefix.length);
    return channel.startsWith(prefix) && rest.length > 0 && !rest.includes('/');
  }
  return false;
}
