import { describe, expect, it } from 'vitest';
import {
  alertMeasures, alertsOff, crossedAlerts, errorWindowMs, type AlertMeasures,
} from '../../../src/features/outbound/dashboard/alerts/alertRules';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { OrderedStore } from '../../../src/features/outbound/model/orderedStore';

const now = 1_700_000_000_000;
const stuckAfterMs = 30_000;

function entry(id: string, partial: Partial<OutboundEntry> = {}): OutboundEntry {
  return { id, tweet: { id, state: 'Sent' }, stateTimes: {}, firstSeen: 0, lastChange: 0, error: undefined, agent: undefined, ...partial };
}

function failedAt(id: string, at: number, twitterType?: string): OutboundEntry {
  return entry(id, { tweet: { id, state: 'Composing', twitterType }, stateTimes: { Composing: at }, error: { message: 'Rate limited', referenceId: undefined, at } });
}

function composingSince(id: string, since: number, twitterType?: string): OutboundEntry {
  return entry(id, { tweet: { id, state: 'Composing', twitterType }, stateTimes: { Composing: since } });
}

function storeOf(entries: OutboundEntry[]): OrderedStore<OutboundEntry> {
  const draft = OrderedStore.empty<OutboundEntry>().edit();
  for (const one of entries) draft.set(one);
  return draft.finish();
}

const measuresOf = (entries: OutboundEntry[]): AlertMeasures => alertMeasures(storeOf(entries), { now, thresholdMs: stuckAfterMs });

describe('alertMeasures', () => {
  it('counts an error reported exactly 60 s ago, not one reported 60.001 s ago', () => {
    expect(errorWindowMs).toBe(60_000);
    expect(measuresOf([failedAt('A', now - 60_000)]).errorsLastMinute).toBe(1);
    expect(measuresOf([failedAt('A', now - 60_001)]).errorsLastMinute).toBe(0);
    expect(measuresOf([failedAt('A', now - 60_000), failedAt('B', now - 60_001), failedAt('C', now)]).errorsLastMinute).toBe(2);
  });

  it('counts an error reported after `now` (the ticking clock lags the notifications)', () => {
    expect(measuresOf([failedAt('A', now + 900)]).errorsLastMinute).toBe(1);
  });

  it('counts the stuck tweets as isStuck does: Composing for the threshold or longer, not failed', () => {
    const measures = measuresOf([
      composingSince('at-threshold', now - stuckAfterMs),
      composingSince('just-under', now - stuckAfterMs + 1),
      entry('sent', { stateTimes: { Composing: 0, Sent: 1 } }),
      failedAt('failed-long-ago', now - 10 * 60_000),
    ]);
    expect(measures).toEqual({ errorsLastMinute: 0, stuck: 1 });
  });

  it('skips inbound tweets: only the team’s outbound tweets count', () => {
    const measures = measuresOf([failedAt('in-error', now - 1_000, 'Inbound'), composingSince('in-stuck', now - 10 * 60_000, 'Inbound')]);
    expect(measures).toEqual({ errorsLastMinute: 0, stuck: 0 });
    expect(measuresOf([failedAt('out', now - 1_000, 'Outbound'), composingSince('out-stuck', 0, 'Outbound')])).toEqual({ errorsLastMinute: 1, stuck: 1 });
  });

  it('reads the entries in one pass', () => {
    let passes = 0;
    const entries = [failedAt('A', now), composingSince('B', 0)];
    const counted = {
      values: () => {
        passes += 1;
        return entries.values();
      },
    };
    const measures = alertMeasures(counted, { now, thresholdMs: stuckAfterMs });
    expect(measures).toEqual({ errorsLastMinute: 1, stuck: 1 });
    expect(passes).toBe(1);
    expect(alertMeasures(OrderedStore.empty(), { now, thresholdMs: stuckAfterMs })).toEqual({ errorsLastMinute: 0, stuck: 0 });
  });
});

describe('crossedAlerts', () => {
  it('crosses at the threshold itself (≥), with one line of text each', () => {
    expect(crossedAlerts({ errorsLastMinute: 2, stuck: 5 }, { errorsPerMinute: 2, stuck: 5 })).toEqual([
      { kind: 'errors', value: 2, threshold: 2, text: '2 errors in the last minute (alert at 2)' },
      { kind: 'stuck', value: 5, threshold: 5, text: '5 tweets stuck (alert at 5)' },
    ]);
    expect(crossedAlerts({ errorsLastMinute: 3, stuck: 0 }, { errorsPerMinute: 2, stuck: 1 })).toEqual([
      { kind: 'errors', value: 3, threshold: 2, text: '3 errors in the last minute (alert at 2)' },
    ]);
  });

  it('does not cross one below the threshold', () => {
    expect(crossedAlerts({ errorsLastMinute: 1, stuck: 4 }, { errorsPerMinute: 2, stuck: 5 })).toEqual([]);
  });

  it('says one error and one tweet in the singular, and big numbers with separators', () => {
    expect(crossedAlerts({ errorsLastMinute: 1, stuck: 1 }, { errorsPerMinute: 1, stuck: 1 }).map((alert) => alert.text)).toEqual([
      '1 error in the last minute (alert at 1)',
      '1 tweet stuck (alert at 1)',
    ]);
    expect(crossedAlerts({ errorsLastMinute: 0, stuck: 1234 }, { errorsPerMinute: undefined, stuck: 1000 })[0]?.text).toBe(
      '1,234 tweets stuck (alert at 1,000)',
    );
  });

  it('never crosses an alert that is off, or whose threshold is not a whole number of 1 or more', () => {
    const high = { errorsLastMinute: 10_000, stuck: 10_000 };
    expect(crossedAlerts(high, alertsOff)).toEqual([]);
    expect(crossedAlerts(high, { errorsPerMinute: undefined, stuck: 3 }).map((alert) => alert.kind)).toEqual(['stuck']);
    expect(crossedAlerts(high, { errorsPerMinute: 5, stuck: undefined }).map((alert) => alert.kind)).toEqual(['errors']);
    expect(crossedAlerts({ errorsLastMinute: 0, stuck: 0 }, { errorsPerMinute: 0, stuck: -1 })).toEqual([]);
    expect(crossedAlerts(high, { errorsPerMinute: 1.5, stuck: Number.NaN })).toEqual([]);
  });
});
