import { describe, expect, it } from 'vitest';
import { createTabOutbox } from '../../../../src/gws/cometd/worker/tabOutbox';
import type { DeliveredNotification, WorkerMessage } from '../../../../src/gws/cometd/worker/workerProtocol';

/** A hand-driven clock and timer queue: the outbox's batching, step by step. */
function harness(timing: { windowMs?: number } = { windowMs: 16 }) {
  let time = 0;
  const timers: { at: number; run: () => void }[] = [];
  const posted: WorkerMessage[] = [];
  const outbox = createTabOutbox((message) => posted.push(message), {
    ...timing,
    now: () => time,
    setTimer: (run, ms) => {
      const timer = { at: time + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const index = timers.findIndex((timer) => timer === handle);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  const advance = (ms: number) => {
    time += ms;
    for (const timer of timers.filter((t) => t.at <= time)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
  };
  return { outbox, posted, advance, pendingTimers: () => timers.map((timer) => timer.at - time) };
}

const item = (n: number): DeliveredNotification => ({ clientId: 1, channel: '/v2/me/twitter', notification: { kind: 'unrecognised', reason: `#${n}` } });

describe('createTabOutbox', () => {
  it('a burst (one long-poll answer) goes out as one batch, right after the task', () => {
    const { outbox, posted, advance, pendingTimers } = harness();
    for (let n = 1; n <= 3; n += 1) outbox.add(item(n));
    expect(posted).toEqual([]);
    expect(pendingTimers()).toEqual([0]);
    advance(0);
    expect(posted).toEqual([{ type: 'notifications', items: [item(1), item(2), item(3)] }]);
  });

  it('under load, at most one batch per window', () => {
    const { outbox, posted, advance, pendingTimers } = harness();
    outbox.add(item(1));
    advance(0);
    advance(4);
    outbox.add(item(2));
    expect(pendingTimers()).toEqual([12]);
    advance(11);
    outbox.add(item(3));
    expect(posted).toHaveLength(1);
    advance(1);
    expect(posted).toEqual([
      { type: 'notifications', items: [item(1)] },
      { type: 'notifications', items: [item(2), item(3)] },
    ]);
  });

  it('by default each long-poll answer goes out as it comes: the tab, which has frames, paces the applies', () => {
    const { outbox, posted, advance } = harness({});
    outbox.add(item(1));
    outbox.add(item(2));
    advance(0);
    advance(5);
    outbox.add(item(3));
    advance(0);
    expect(posted).toEqual([
      { type: 'notifications', items: [item(1), item(2)] },
      { type: 'notifications', items: [item(3)] },
    ]);
  });

  it('a state or reestablished message goes after what is queued: the tab sees the order it happened in', () => {
    const { outbox, posted, pendingTimers } = harness();
    outbox.add(item(1));
    outbox.send({ type: 'reestablished', clientId: 1 });
    expect(posted).toEqual([{ type: 'notifications', items: [item(1)] }, { type: 'reestablished', clientId: 1 }]);
    expect(pendingTimers()).toEqual([]);
  });

  it('once closed, nothing more is posted', () => {
    const { outbox, posted, advance } = harness();
    outbox.add(item(1));
    outbox.close();
    outbox.add(item(2));
    outbox.send({ type: 'ping' });
    advance(100);
    expect(posted).toEqual([]);
  });
});
