import { parseNotification, type GwsNotification } from '../../../src/gws/schemas';
import type { Received } from './notificationListener';

/** Matches a tweet notification (as the app parses it) answering `referenceId`. */
export function answers(referenceId: number) {
  return (message: Received) => {
    const parsed = parseNotification(message.data);
    return (parsed.kind === 'tweetState' || parsed.kind === 'tweetError') && parsed.referenceId === referenceId;
  };
}

export function parsed(message: Received): GwsNotification {
  return parseNotification(message.data);
}

/** The tweet state notification of a message, failing the test when it is anything else. */
export function tweetStateOf(message: Received): Extract<GwsNotification, { kind: 'tweetState' }> {
  const notification = parseNotification(message.data);
  if (notification.kind !== 'tweetState') throw new Error(`Expected a tweet state notification, got ${JSON.stringify(notification)}`);
  return notification;
}

export function tweetErrorOf(message: Received): Extract<GwsNotification, { kind: 'tweetError' }> {
  const notification = parseNotification(message.data);
  if (notification.kind !== 'tweetError') throw new Error(`Expected a tweet Error notification, got ${JSON.stringify(notification)}`);
  return notification;
}

/** Any tweet notification about this tweet id. */
export function aboutTweet(id: string) {
  return (message: Received) => {
    const notification = parseNotification(message.data);
    return (notification.kind === 'tweetState' || notification.kind === 'tweetError') && notification.tweet?.id === id;
  };
}

/** A message on `/v2/me/channels` (agent state). */
export function onChannelsChannel(message: Received): boolean {
  return message.channel === '/v2/me/channels';
}

/** The channel-state notification of a message (as the app parses it), failing the test otherwise. */
export function channelStateOf(message: Received): Extract<GwsNotification, { kind: 'channelState' }> {
  const notification = parseNotification(message.data);
  if (notification.kind !== 'channelState') throw new Error(`Expected a channel state notification, got ${JSON.stringify(notification)}`);
  return notification;
}

/** A tweet state notification about tweet `id` in `state` (for acks without a referenceId). */
export function tweetInState(id: string, state: string) {
  return (message: Received) => {
    const notification = parseNotification(message.data);
    return notification.kind === 'tweetState' && notification.tweet.id === id && notification.tweet.state === state;
  };
}
