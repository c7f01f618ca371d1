import { describe, expect, it, vi } from 'vitest';
import type { ConnectionState } from '../../../src/gws/cometd';
import { parseNotification, type GwsNotification } from '../../../src/gws/schemas';
import type { FeedStats } from '../../../src/shared/session/tweetFeed/feedStats';
import { createFrameScheduler } from '../../../src/shared/session/tweetFeed/frameScheduler';
import { createIgnoredNotificationLog } from '../../../src/shared/session/tweetFeed/ignoredNotificationLog';
import { createTweetFeed, type TweetFeedConsumer, type TweetFeedEvent } from '../../../src/shared/session/tweetFeed/tweetFeed';
import { createTweetListObserver } from '../../../src/shared/session/tweetListObserver';

/** A notification client driven by the test, and a flush the test runs by hand. */
function setUp(options: { maxHeldEvents?: number; countsEveryMs?: number; now?: () => number } = {}) {
  const listeners = { notification: new Set<(n: GwsNotification, raw: unknown, channel: string) => void>(), reestablished: new Set<() => void>(), state: new Set<(s: ConnectionState) => void>() };
  let state: ConnectionState = { status: 'connected' };
  const subscribe = <T,>(set: Set<T>) => (listener: T) => {
    set.add(listener);
    return () => void set.delete(listener);
  };
  const writes: TweetFeedEvent[][] = [];
  const published: FeedStats[] = [];
  const resync = vi.fn<TweetFeedConsumer['resync']>();
  const warn = vi.fn<(...data: unknown[]) => void>();
  let scheduled: (() => void) | undefined;
  const tweetLists = createTweetListObserver();
  const feed = createTweetFeed({
    tweetLists,
    notifications: {
      onNotification: subscribe(listeners.notification),
      onReestablished: subscribe(listeners.reestablished),
      onStateChange: subscribe(listeners.state),
      getState: () => state,
    },
    tweetChannel: '/v2/me/twitter',
    schedule: (callback) => {
      scheduled = callback;
      return () => (scheduled = undefined);
    },
    now: () => 1_000,
    countsEveryMs: 0,
    ignoredLog: createIgnoredNotificationLog({ warn, now: () => 1_000, perSecond: 3 }),
    ...options,
  });
  feed.subscribeStatus(() => {
    const { stats } = feed.getStatus();
    if (stats !== published.at(-1)) published.push(stats);
  });
  const consumer: TweetFeedConsumer = { applyEvents: (events) => writes.push(events), resync };
  const disconnect = feed.connect(consumer);
  return {
    feed,
    stop: () => feed.stop(),
    consumer,
    disconnect,
    tweetLists,
    writes,
    published,
    resync,
    warn,
    deliver(data: unknown, channel = '/v2/me/twitter') {
      for (const listener of listeners.notification) listener(parseNotification(data), data, channel);
    },
    reestablish: () => listeners.reestablished.forEach((listener) => listener()),
    setState(next: ConnectionState) {
      state = next;
      listeners.state.forEach((listener) => listener(next));
    },
    frame() {
      const run = scheduled;
      scheduled = undefined;
      run?.();
    },
    get pendingFrame() {
      return scheduled !== undefined;
    },
  };
}

const composing = (id: string) => ({ messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id, state: 'Composing' } });

describe("the session's tweet feed", () => {
  it("merges every tweet list read in the session (e.g. the send flow's check) on the next frame, and counts its unreadable items", () => {
    const t = setUp();
    const sent = { id: 'T1', state: 'Sent', message: 'Hello' };
    t.tweetLists.publish({ tweets: [sent], ignored: [{ index: 1, reason: 'tweets.1: id: Invalid input' }] });
    expect(t.writes).toHaveLength(0);
    t.frame();
    expect(t.writes).toEqual([[{ type: 'list', tweets: [sent], at: 1_000 }]]);
    expect(t.published.at(-1)).toMatchObject({ ignored: 0, ignoredListItems: 1, lastIgnoredReason: 'tweets.1: id: Invalid input' });
    expect(t.warn).toHaveBeenCalledWith('[outbound] ignored a list item: tweets.1: id: Invalid input');
    t.stop();
    t.tweetLists.publish({ tweets: [sent], ignored: [] });
    expect(t.pendingFrame).toBe(false);
  });

  it('writes everything that arrived within one frame in one cache write', () => {
    const t = setUp();
    for (let i = 0; i < 1_000; i += 1) t.deliver(composing(`T${i}`));
    expect(t.writes).toHaveLength(0);
    t.frame();
    expect(t.writes).toHaveLength(1);
    expect(t.writes[0]).toHaveLength(1_000);
    expect(t.published.at(-1)).toMatchObject({ received: 1_000, ignored: 0, lastNotificationAt: 1_000 });
    t.frame();
    expect(t.writes).toHaveLength(1); // nothing new, no write
  });

  it('publishes the counters at most every countsEveryMs, the last change always, while the cache gets every frame', () => {
    vi.useFakeTimers();
    try {
      let time = 10_000;
      const t = setUp({ countsEveryMs: 250, now: () => time });
      const countsOf = (n: number) => t.published.at(n)?.received;
      t.deliver(composing('T1'));
      t.frame();
      expect(countsOf(-1)).toBe(1);
      time += 100;
      t.deliver(composing('T2'));
      t.frame();
      t.deliver(composing('T3'));
      t.frame();
      expect(t.writes).toHaveLength(3);
      expect(t.published).toHaveLength(1);
      time += 150;
      vi.advanceTimersByTime(150);
      expect(t.published).toHaveLength(2);
      expect(countsOf(-1)).toBe(3);
      t.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts malformed messages with the last reason, writes nothing for them, and logs at most N lines a second', () => {
    const t = setUp();
    for (let i = 0; i < 200; i += 1) t.deliver(i % 2 ? 'junk' : { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { state: 'Sent' } });
    t.deliver(composing('OK'));
    t.frame();
    expect(t.published.at(-1)).toMatchObject({ received: 201, ignored: 200, lastIgnoredReason: 'not a JSON object' });
    expect(t.writes).toEqual([[expect.objectContaining({ type: 'notification' })]]);
    expect(t.warn).toHaveBeenCalledTimes(3);
    expect(t.warn.mock.calls[0]?.[0]).toMatch(/^\[outbound\] ignored a notification: TwitterStateChangeMessage: twitter.id/);
  });

  it('ignores, without counting, valid notifications that are not about a tweet, and anything on other channels', () => {
    const t = setUp();
    t.deliver({ messageType: 'ChannelStateChangeMessage', channels: [{ channel: 'twitter', userState: { state: 'Ready' } }] });
    t.deliver({ messageType: 'EventAgentStateChanged' }, '/v2/me/channels');
    t.deliver(composing('ELSEWHERE'), '/v2/me/workitems');
    t.frame();
    expect(t.writes).toEqual([]);
    expect(t.published.at(-1)).toMatchObject({ received: 3, ignored: 0 });
  });

  it('re-reads the list after every re-handshake, and after coming back from Offline', () => {
    const t = setUp();
    t.reestablish();
    expect(t.resync).toHaveBeenCalledTimes(1);
    expect(t.resync).toHaveBeenLastCalledWith('reestablished');
    t.setState({ status: 'reconnecting', attempt: 1 });
    t.setState({ status: 'connected' });
    expect(t.resync).toHaveBeenCalledTimes(1); // the same session resumed: nothing was lost
    t.setState({ status: 'disconnected' });
    t.setState({ status: 'connecting' });
    t.setState({ status: 'connected' });
    expect(t.resync).toHaveBeenCalledTimes(2);
  });

  it('while paused, holds every update (and a re-read) and counts the tweets waiting; Resume applies them all at once', () => {
    const t = setUp();
    const changes = vi.fn();
    t.feed.subscribeStatus(changes);
    t.feed.pause();
    t.deliver(composing('A'));
    t.deliver(composing('B'));
    t.frame();
    t.deliver(composing('A'));
    t.reestablish();
    t.frame();
    expect(t.writes).toEqual([]);
    expect(t.resync).not.toHaveBeenCalled();
    expect(t.feed.getStatus().held).toEqual({ paused: true, waitingTweets: 2, waitingEvents: 3, autoResumed: false });

    t.feed.resume();
    expect(t.writes).toHaveLength(1);
    expect(t.writes[0]).toHaveLength(3);
    expect(t.resync).toHaveBeenCalledTimes(1);
    expect(t.feed.getStatus().held).toMatchObject({ paused: false, waitingTweets: 0 });
    expect(changes).toHaveBeenCalled();
  });

  it('resumes by itself when too many updates wait, and says so', () => {
    const t = setUp({ maxHeldEvents: 5 });
    t.feed.pause();
    for (let i = 0; i < 6; i += 1) t.deliver(composing(`T${i}`));
    t.frame();
    expect(t.writes[0]).toHaveLength(6);
    expect(t.feed.getStatus().held).toEqual({ paused: false, waitingTweets: 0, waitingEvents: 0, autoResumed: true });
  });

  it('stops listening and drops the pending frame when stopped', () => {
    const t = setUp();
    t.deliver(composing('A'));
    t.stop();
    expect(t.pendingFrame).toBe(false);
    t.deliver(composing('B'));
    t.frame();
    expect(t.writes).toEqual([]);
  });

  it('without a consumer, drops updates but counts them, and tells the next consumer to read the list again', () => {
    const t = setUp();
    t.disconnect();
    t.deliver(composing('A'));
    t.frame();
    expect(t.writes).toEqual([]);
    expect(t.published.at(-1)).toMatchObject({ received: 1 });

    const later = { applyEvents: vi.fn(), resync: vi.fn() };
    t.feed.connect(later);
    expect(later.resync).toHaveBeenCalledExactlyOnceWith('missed');
    t.deliver(composing('B'));
    t.frame();
    expect(later.applyEvents).toHaveBeenCalledExactlyOnceWith([expect.objectContaining({ type: 'notification' })]);
    t.feed.connect({ applyEvents: vi.fn(), resync: later.resync });
    expect(later.resync).toHaveBeenCalledTimes(1); // nothing was missed in between
  });

  it('a re-handshake while nobody listens makes the next consumer read the list again', () => {
    const t = setUp();
    t.disconnect();
    t.reestablish();
    expect(t.resync).not.toHaveBeenCalled();
    const later = { applyEvents: vi.fn(), resync: vi.fn() };
    t.feed.connect(later);
    expect(later.resync).toHaveBeenCalledExactlyOnceWith('missed');
  });

  it('a disconnect that comes after another consumer connected leaves the new one connected', () => {
    const t = setUp();
    const next = { applyEvents: vi.fn(), resync: vi.fn() };
    t.feed.connect(next);
    t.disconnect();
    t.deliver(composing('A'));
    t.frame();
    expect(next.applyEvents).toHaveBeenCalledTimes(1);
    expect(t.writes).toEqual([]);
  });

  it('Pause outlives its consumer: Resume hands what waited to the consumer connected then', () => {
    const t = setUp();
    t.feed.pause();
    t.deliver(composing('A'));
    t.frame();
    t.disconnect();
    const next = { applyEvents: vi.fn(), resync: vi.fn() };
    t.feed.connect(next);
    expect(t.feed.getStatus().held).toMatchObject({ paused: true, waitingTweets: 1 });
    t.feed.resume();
    expect(next.applyEvents).toHaveBeenCalledExactlyOnceWith([expect.objectContaining({ type: 'notification' })]);
    expect(t.writes).toEqual([]);
  });

  it('keeps the same status object, and the same parts, until a part changes', () => {
    const t = setUp();
    const before = t.feed.getStatus();
    t.frame();
    expect(t.feed.getStatus()).toBe(before);
    t.deliver(composing('A'));
    t.frame();
    const afterStats = t.feed.getStatus();
    expect(afterStats).not.toBe(before);
    expect(afterStats.held).toBe(before.held);
    t.feed.pause();
    expect(t.feed.getStatus().stats).toBe(afterStats.stats);
    expect(t.feed.getStatus().held).not.toBe(afterStats.held);
  });
});

describe('createFrameScheduler', () => {
  it('runs on the next frame, or on the fallback timer when no frame comes, never twice', () => {
    vi.useFakeTimers();
    try {
      const frames: ((frameTime: number) => void)[] = [];
      const schedule = createFrameScheduler({ fallbackMs: 100, requestFrame: (callback) => frames.push(callback), cancelFrame: () => {} });
      const byFrame = vi.fn();
      schedule(byFrame);
      frames.shift()?.(0);
      vi.advanceTimersByTime(200);
      expect(byFrame).toHaveBeenCalledTimes(1);

      const byTimer = vi.fn();
      schedule(byTimer); // a hidden tab: frames never come
      vi.advanceTimersByTime(100);
      expect(byTimer).toHaveBeenCalledTimes(1);
      frames.shift()?.(0);
      expect(byTimer).toHaveBeenCalledTimes(1);

      const canceled = vi.fn();
      schedule(canceled)();
      vi.advanceTimersByTime(200);
      frames.shift()?.(0);
      expect(canceled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createFrameScheduler with a gap', () => {
  it('runs on the first frame that began minGapMs after its last run: every other frame under load, the next frame after a quiet spell', () => {
    let frameTime = 0;
    const frames: ((frameTime: number) => void)[] = [];
    const schedule = createFrameScheduler({
      minGapMs: 24,
      // The first frame's callbacks run 10 ms late (a busy frame): only the frames' own times count.
      now: () => frameTime + (frameTime === 16.7 ? 10 : 0),
      requestFrame: (callback) => frames.push(callback),
      cancelFrame: () => {},
      setTimer: () => setTimeout(() => {}, 0),
      clearTimer: (handle) => clearTimeout(handle),
    });
    const frameAt = (at: number) => {
      frameTime = at;
      for (const callback of frames.splice(0)) callback(at);
    };
    const runs: number[] = [];
    const flush = () => runs.push(frameTime);
    schedule(flush);
    frameAt(16.7);
    schedule(flush); // more updates right after: the next frame is too soon
    frameAt(33.3);
    expect(runs).toEqual([16.7]);
    expect(frames).toHaveLength(1); // it waits for a later frame
    frameAt(50);
    expect(runs).toEqual([16.7, 50]);
    schedule(flush); // a quiet spell: the next frame
    frameAt(1_000);
    expect(runs).toEqual([16.7, 50, 1_000]);
  });

  it('a run by the fallback timer (a hidden tab) counts by the clock', () => {
    vi.useFakeTimers();
    try {
      const frames: ((frameTime: number) => void)[] = [];
      const schedule = createFrameScheduler({ minGapMs: 24, fallbackMs: 100, now: () => 500, requestFrame: (callback) => frames.push(callback), cancelFrame: () => {} });
      const flush = vi.fn();
      schedule(flush);
      vi.advanceTimersByTime(100);
      expect(flush).toHaveBeenCalledTimes(1);
      schedule(flush);
      frames.splice(0, 1); // the first request's frame, cancelled
      frames.shift()?.(510); // the tab is back: too soon after the timer's run at 500
      expect(flush).toHaveBeenCalledTimes(1);
      frames.shift()?.(526);
      expect(flush).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createIgnoredNotificationLog', () => {
  it('logs each ignored message with its reason up to N a second, then one summary line', () => {
    let now = 0;
    const warn = vi.fn<(...data: unknown[]) => void>();
    const log = createIgnoredNotificationLog({ warn, now: () => now, perSecond: 2 });
    for (let i = 0; i < 5; i += 1) log.note(`reason ${i}`, { n: i });
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      '[outbound] ignored a notification: reason 0 — {"n":0}',
      '[outbound] ignored a notification: reason 1 — {"n":1}',
    ]);
    now = 1_000;
    log.flush();
    expect(warn).toHaveBeenLastCalledWith('[outbound] 3 more ignored notifications were not logged one by one (at most 2 lines a second)');
    log.note('late', 'x'.repeat(500));
    expect(String(warn.mock.lastCall?.[0])).toHaveLength('[outbound] ignored a notification: late — '.length + 201);
  });
});
