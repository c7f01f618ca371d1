import { createListenerSet } from '../../gws/cometd/listenerSet';
import type { TweetList } from '../../gws/schemas';

/**
 * Every `GET /api/v2/me/tweets` read of a session, whoever made it (the live panel, the send flow
 * checking an unconfirmed Send…), so that what one part of the console learns from GWS reaches the
 * one cache the panel reads.
 */
export interface TweetListObserver {
  publish(list: TweetList): void;
  subscribe(listener: (list: TweetList) => void): () => void;
}

export function createTweetListObserver(): TweetListObserver {
  const listeners = createListenerSet<[TweetList]>('tweet list');
  return { publish: (list) => listeners.emit(list), subscribe: (listener) => listeners.add(listener) };
}
