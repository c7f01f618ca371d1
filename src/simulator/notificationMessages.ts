import type { SimTweet } from './store/simTweet';

/**
 * The notifications the simulator publishes (contract §5). Shapes fit the app's
 * parseNotification in src/gws/schemas/notifications.ts (checked by the integration tests).
 */
export interface TwitterStateChangeMessage {
  messageType: 'TwitterStateChangeMessage';
  notificationType: 'StatusChange' | 'TweetSaved';
  referenceId: number;
  twitter: SimTweet;
}

export interface TwitterErrorMessage {
  messageType: 'TwitterStateChangeMessage';
  notificationType: 'Error';
  referenceId: number;
  errorMessage: string;
  twitter?: SimTweet;
}

export interface ChannelStateChangeMessage {
  messageType: 'ChannelStateChangeMessage';
  channels: { channel: string; userState: { state: string } }[];
}

export function twitterStateChange(
  notificationType: TwitterStateChangeMessage['notificationType'],
  referenceId: number,
  twitter: SimTweet,
): TwitterStateChangeMessage {
  return { messageType: 'TwitterStateChangeMessage', notificationType, referenceId, twitter };
}

export function twitterError(referenceId: number, errorMessage: string, twitter: SimTweet | undefined): TwitterErrorMessage {
  return twitter
    ? { messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId, errorMessage, twitter }
    : { messageType: 'TwitterStateChangeMessage', notificationType: 'Error', referenceId, errorMessage };
}

export function channelStateChange(states: ReadonlyMap<string, string>): ChannelStateChangeMessage {
  return {
    messageType: 'ChannelStateChangeMessage',
    channels: [...states].map(([channel, state]) => ({ channel, userState: { state } })),
  };
}
