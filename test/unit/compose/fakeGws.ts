import { vi } from 'vitest';
import type { NotificationListener } from '../../../src/gws/cometd';
import { GwsError, type GwsErrorKind } from '../../../src/gws/http';
import type { Ack, GwsNotification, Tweet, TweetList } from '../../../src/gws/schemas';

/** What the fake GWS does when a notification is awaited: answer with it, or time out. */
export type Answer = GwsNotification | 'timeout';

export const ack = (referenceId: number): Ack => ({ statusCode: 0, referenceId });
/** A plain `{statusCode:0}`, as GWS answers where its docs show no referenceId. */
export const plainAck: Ack = { statusCode: 0 };

/** A list answer with every tweet readable. */
export const listOf = (...tweets: Tweet[]): TweetList => ({ tweets, ignored: [] });

export const gwsError = (kind: GwsErrorKind, statusCode?: number, message = `${kind} failure`) =>
  new GwsError({ kind, statusCode, message });

export function tweet(id: string, state: string, extra: Partial<Tweet> = {}): Tweet {
  return { id, state, twitterType: 'Outbound', ...extra };
}

export function stateChange(referenceId: number | undefined, changed: Tweet): GwsNotification {
  return { kind: 'tweetState', notificationType: 'StatusChange', referenceId, tweet: changed };
}

export function errorNotification(referenceId: number | undefined, errorMessage: string, about?: Tweet): GwsNotification {
  return { kind: 'tweetError', referenceId, errorMessage, tweet: about };
}

/**
 * Fake GWS clients: each method is a vi.fn the test scripts; `answers` says how each referenceId's
 * notification arrives; `emit` delivers a notification to onNotification listeners.
 */
export function fakeGws() {
  const answers = new Map<number, Answer>();
  const listeners = new Set<NotificationListener>();
  const http = {
    createTweet: vi.fn<(...args: unknown[]) => Promise<Ack>>(),
    sendTweet: vi.fn<(...args: unknown[]) => Promise<Ack>>(),
    cancelTweet: vi.fn<(...args: unknown[]) => Promise<Ack>>(),
    listTweets: vi.fn<() => Promise<TweetList>>(),
  };
  const notifications = {
    waitForReference: vi.fn((referenceId: number, _timeoutMs?: number, _signal?: AbortSignal): Promise<GwsNotification> => {
      const answer = answers.get(referenceId);
      if (answer === undefined) throw new Error(`no scripted answer for reference ${referenceId}`);
      if (answer === 'timeout') return Promise.reject(new GwsError({ kind: 'timeout', message: `No notification for ${referenceId}` }));
      return Promise.resolve(answer);
    }),
    onNotification: vi.fn((listener: NotificationListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    }),
  };
  return {
    http,
    notifications,
    answers,
    emit(notification: GwsNotification) {
      for (const listener of [...listeners]) listener(notification, {}, '/v2/me/twitter');
    },
    listenerCount: () => listeners.size,
  };
}
