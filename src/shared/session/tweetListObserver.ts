import { createSignal, type Signal } from '../../gws/cometd/listenerSet';
import type { TweetList } from '../../gws/schemas';

/**
 * Every `GET /api/v2/me/tweets` read of a session, whoever made it (the live panel, the send flow
 * checking an unconfirmed Send…), so that what one part of the console learns from GWS reaches the
 * one cache the panel reads.
 */
export type TweetListObserver = Signal<TweetList>;

export const createTweetListObserver = (): TweetListObserver => createSignal<TweetList>('tweet list');
