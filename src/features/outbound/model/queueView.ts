import { consoleUserDataKeys } from '../../../gws/http';
import type { Tweet } from '../../../gws/schemas';
import { userDataText } from './userDataValue';

/**
 * The queue of a tweet. GWS names no queue on a tweet resource (Create and Send take `queuePath`,
 * nothing gives it back), so the console writes the Create's `queuePath` into its userData under
 * `ConsoleQueue` (consoleUserDataKeys.queue) and reads it back here. A tweet made elsewhere (another
 * client, a console before this key) has no known queue.
 */

/** A queue as config.json lists it. */
export interface QueueName {
  name: string;
  path: string;
}

/** The queue path a tweet was created on, as the console wrote it; undefined when unknown. */
export function queuePathOf(tweet: Tweet): string | undefined {
  return userDataText(tweet, consoleUserDataKeys.queue);
}

/** A queue path as shown: the configured queue's name, or the path itself; undefined for no queue. */
export type QueueLabel = (path: string | undefined) => string | undefined;

/**
 * The labels of the configured queues, looked up in a Map: O(1) per call, for lists rendered and
 * exported row by row. Build it once per config (e.g. in a `useMemo` on `queues`). When two queues
 * share a path, the first one listed names it. A path in no config is its own label.
 */
export function createQueueLabels(queues: readonly QueueName[]): QueueLabel {
  const names = new Map<string, string>();
  for (const { name, path } of queues) if (!names.has(path)) names.set(path, name);
  return (path) => (path === undefined ? undefined : (names.get(path) ?? path));
}
