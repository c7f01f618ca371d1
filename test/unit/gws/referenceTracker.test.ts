import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReferenceTracker } from '../../../src/gws/cometd/referenceTracker';
import { GwsError } from '../../../src/gws/http';
import type { GwsNotification } from '../../../src/gws/schemas';

const sent = (referenceId: number): GwsNotification => ({
  kind: 'tweetState',
  notificationType: 'StatusChange',
  referenceId,
  tweet: { id: `t${referenceId}`, state: 'Sent' },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createReferenceTracker', () => {
  it('resolves a waiter with the notification that arrives later', async () => {
    const tracker = createReferenceTracker({ retentionMs: 60_000, maxEntries: 100 });
    const waiting = tracker.waitFor(12, 5_000);

    tracker.record(11, sent(11));
    tracker.record(12, sent(12));

    await expect(waiting).resolves.toEqual(sent(12));
  });

  it('resolves with a notification that arrived before the call', async () => {
    const tracker = createReferenceTracker({ retentionMs: 60_000, maxEntries: 100 });
    tracker.record(12, sent(12));
    vi.advanceTimersByTime(30_000);

    await expect(tracker.waitFor(12, 5_000)).resolves.toEqual(sent(12));
  });

  it('resolves every waiter of the same referenceId', async () => {
    const tracker = createReferenceTracker({ retentionMs: 60_000, maxEntries: 100 });
    const first = tracker.waitFor(3, 5_000);
    const second = tracker.waitFor(3, 5_000);

    tracker.record(3, sent(3));

    await expect(Promise.all([first, second])).resolves.toEqual([sent(3), sent(3)]);
  });

  it('rejects with GwsError timeout when nothing matches in time', async () => {
    const tracker = createReferenceTracker({ retentionMs: 60_000, maxEntries: 100 });
    const waiting = tracker.waitFor(99, 5_000);
    const outcome = waiting.catch((error: unknown) => error);

    vi.advanceTimersByTime(5_000);
    tracker.record(99, sent(99));

    const error = await outcome;
    expect(error).toBeInstanceOf(GwsError);
    expect(error).toMatchObject({ kind: 'timeout' });
  });

  it('does not find a notification older than the retention', async () => {
    const tracker = createReferenceTracker({ retentionMs: 1_000, maxEntries: 100 });
    tracker.record(8, sent(8));
    vi.advanceTimersByTime(2_000);
    const outcome = tracker.waitFor(8, 100).catch((error: unknown) => error);

    vi.advanceTimersByTime(100);

    await expect(outcome).resolves.toMatchObject({ kind: 'timeout' });
  });
});
