/**
 * `npx tsx bench/tweetHeap.ts [--tweets 100000]` — the heap (after GC, in Node) of the panel's
 * tweets once reduced: each tweet a Composing then a Sent notification shaped like `/sim/load`'s,
 * parsed with the contract's schema and applied in batches of 100 by `applyOutboundEvents`. Two
 * ways in: parsed from JSON on the page (the console without the notification worker), and
 * structured-cloned after parsing (what a tab gets from the worker). Each runs in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { deserialize, serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyOutboundEvents, emptyOutboundTweets, type OutboundTweets } from '../src/features/outbound/model/outboundTweets';
import { readWorkerMessage } from '../src/gws/cometd/worker/workerProtocol';
import { parseNotification, type GwsNotification } from '../src/gws/schemas';

const { values: args } = parseArgs({ options: { tweets: { type: 'string', default: '100000' }, way: { type: 'string' } } });
const tweets = Number(args.tweets);

const raw = (i: number, state: 'Composing' | 'Sent') => ({
  messageType: 'TwitterStateChangeMessage',
  notificationType: 'StatusChange',
  referenceId: i,
  twitter: {
    id: `T${String(i).padStart(8, '0')}abcdef`,
    state,
    twitterType: 'Outbound',
    from: `gc_${i % 3}`,
    message: `Load tweet #${i} from loadagent${i % 10} at 2026-11-27T22:00:00.000Z`,
    capabilities: state === 'Sent' ? ['Complete', 'AttachUserData', 'UpdateUserData', 'DeleteUserData'] : ['Send', 'Cancel', 'AttachUserData', 'UpdateUserData', 'DeleteUserData'],
    userData: {
      ConsoleAgent: `loadagent${i % 10}`,
      ConsoleQueue: `/queues/5f4b7c6e-1234-4c1d-9a0b-0123456789a${i % 3}`,
      _twitterUserName: `Account ${i % 3}`,
      _twitterUserScreenName: `gc_${i % 3}`,
      _twitterUserImageURL: `http://127.0.0.1:5173/sim/avatars/gc_${i % 3}.svg`,
    },
  },
});

/** A batch as a tab reads it from the worker: posted (structured clone), then read with the protocol's schema. */
function throughTheWorker(notifications: GwsNotification[]): GwsNotification[] {
  const posted = { type: 'notifications', items: notifications.map((notification) => ({ clientId: 1, channel: '/v2/me/twitter', notification })) };
  const read = readWorkerMessage(deserialize(serialize(posted)));
  if (!read.ok || read.message.type !== 'notifications') throw new Error(`the batch did not read back: ${read.ok ? read.message.type : read.reason}`);
  return read.message.items.map((item) => item.notification);
}

function measure(cloned: boolean): string {
  let state: OutboundTweets = emptyOutboundTweets;
  for (let start = 0; start < tweets; start += 100) {
    for (const tweetState of ['Composing', 'Sent'] as const) {
      const parsed: GwsNotification[] = [];
      for (let i = start; i < Math.min(tweets, start + 100); i += 1) parsed.push(parseNotification(JSON.parse(JSON.stringify(raw(i, tweetState)))));
      const arrived = cloned ? throughTheWorker(parsed) : parsed;
      state = applyOutboundEvents(state, arrived.map((notification) => ({ type: 'notification' as const, notification, at: Date.now() })), tweets);
    }
  }
  globalThis.gc?.();
  globalThis.gc?.();
  return `${state.entries.size.toLocaleString('en-US')} tweets ${cloned ? 'structured-cloned (from the worker)' : 'parsed from JSON (in the page)'}: heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB after GC`;
}

if (args.way) console.log(measure(args.way === 'cloned'));
else {
  for (const way of ['json', 'cloned']) {
    const run = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--tweets', String(tweets), '--way', way], { encoding: 'utf8' });
    process.stdout.write(run.stdout || run.stderr);
  }
}
