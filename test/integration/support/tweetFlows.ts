import { expect } from 'vitest';
import { ackSchema, tweetListResponseSchema, type Ack, type Tweet } from '../../../src/gws/schemas';
import type { NotificationListener, Received } from './notificationListener';
import { answers, tweetStateOf } from './notifications';
import type { RestAnswer, RestClient } from './restClient';
import { simControl, simRead } from '../../support/simControl';

export const queuePath = '/queues/5f4b7c6e-1234-4c1d-9a0b-0123456789ab';

/** The ack of an accepted operation, read with the app's `ackSchema` (fails the test otherwise). */
export function ackOf(answer: RestAnswer): Ack {
  expect(answer.status, answer.text).toBe(200);
  return ackSchema.parse(answer.json);
}

/** The referenceId of an ack (e.g. from the app's HTTP client): fails the test when it has none. */
export function requireReferenceId(ack: Ack): number {
  if (ack.referenceId === undefined) throw new Error(`Expected an ack with a referenceId, got ${JSON.stringify(ack)}`);
  return ack.referenceId;
}

/** The referenceId of a `{statusCode:0, referenceId}` answer: fails the test when the ack has none. */
export function referenceIdOf(answer: RestAnswer): number {
  return requireReferenceId(ackOf(answer));
}

/** A plain `{"statusCode":0}` ack, exactly (as the docs show for Start/End, Ready/NotReady, Save). */
export function expectPlainAck(answer: RestAnswer): void {
  expect(ackOf(answer)).toEqual({ statusCode: 0 });
  expect(answer.json).toEqual({ statusCode: 0 });
}

/** Create → the Composing notification with Create's referenceId → its tweet. */
export async function createComposing(rest: RestClient, listener: NotificationListener, userData?: Record<string, unknown>): Promise<Tweet> {
  const referenceId = referenceIdOf(await rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath, userData }));
  const notification = tweetStateOf(await listener.waitFor(answers(referenceId), 5_000, `Composing for Create #${referenceId}`));
  expect(notification.tweet.state).toBe('Composing');
  return notification.tweet;
}

/** Send → the notification answering it (Sent, or an Error). */
export async function send(
  rest: RestClient,
  listener: NotificationListener,
  id: string,
  twitter: { from: string; message: string },
): Promise<{ referenceId: number; answer: Received }> {
  const referenceId = referenceIdOf(await rest.post(`/api/v2/me/tweets/${id}`, { operationName: 'Send', queuePath, twitter }));
  const answer = await listener.waitFor(answers(referenceId), 5_000, `the answer to Send #${referenceId}`);
  return { referenceId, answer };
}

export async function listTweets(rest: RestClient): Promise<Tweet[]> {
  const answer = await rest.get('/api/v2/me/tweets?fields=*');
  expect(answer.status, answer.text).toBe(200);
  const list = tweetListResponseSchema.parse(answer.json);
  expect(list.ignored).toEqual([]);
  return list.tweets;
}

/** GET /sim/… without a body, POST /sim/… with one; fails the test on a non-200 answer. */
export async function control(baseUrl: string, path: string, body?: unknown): Promise<unknown> {
  return body === undefined ? simRead(baseUrl, path) : simControl(baseUrl, path, body);
}
