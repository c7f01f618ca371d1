import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { errorLabel, rateStates, tweetRates, type RateWindowMinutes } from '../../../src/features/outbound/dashboard/charts/tweetRates';

const minute = 60_000;
/** 14:32:30 on some day (UTC): the current minute starts at 14:32:00. */
const currentMinute = Date.UTC(2026, 10, 25, 14, 32);
const now = currentMinute + 30_000;

function entryOf(id: string, stateTimes: Record<string, number>, options: { errorAt?: number; inbound?: boolean } = {}): OutboundEntry {
  const times = Object.values(stateTimes);
  const state = Object.keys(stateTimes).at(-1);
  return {
    id,
    tweet: { id, state, twitterType: options.inbound ? 'Inbound' : 'Outbound' },
    stateTimes,
    firstSeen: Math.min(...times, options.errorAt ?? Infinity),
    lastChange: Math.max(...times, options.errorAt ?? -Infinity),
    error: options.errorAt === undefined ? undefined : { message: 'Twitter said no', referenceId: 1, at: options.errorAt },
    agent: undefined,
  };
}

const countsOf = (entries: OutboundEntry[], state: string, minutes: RateWindowMinutes = 15) =>
  tweetRates(entries, { now, minutes }).series.find((series) => series.state === state)?.counts;

describe('tweetRates', () => {
  it('has one bucket per minute, oldest first, the last one the current minute', () => {
    const rates = tweetRates([], { now, minutes: 15 });
    expect(rates.bucketStarts).toHaveLength(15);
    expect(rates.bucketStarts[0]).toBe(currentMinute - 14 * minute);
    expect(rates.bucketStarts.at(-1)).toBe(currentMinute);
    expect(rates.series.map(({ state }) => state)).toEqual([...rateStates]);
    expect(rates.errors).toEqual(new Array(15).fill(0));
    expect(rates.totals).toEqual({ Sent: 0, Composing: 0, Canceled: 0, Completed: 0, Error: 0 });
  });

  it('puts a time on a minute boundary in the minute it starts, and keeps out what is before or after the window', () => {
    const first = currentMinute - 14 * minute;
    const counts = countsOf(
      [
        entryOf('before', { Sent: first - 1 }),
        entryOf('first', { Sent: first }),
        entryOf('end of first', { Sent: first + minute - 1 }),
        entryOf('second', { Sent: first + minute }),
        entryOf('last', { Sent: currentMinute }),
        entryOf('end of last', { Sent: currentMinute + minute - 1 }),
        entryOf('next minute', { Sent: currentMinute + minute }),
      ],
      'Sent',
    );
    expect(counts).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('looks back 15 or 60 minutes', () => {
    const entries = [entryOf('recent', { Sent: now - 2 * minute }), entryOf('half an hour', { Sent: now - 30 * minute }), entryOf('two hours', { Sent: now - 120 * minute })];
    const fifteen = tweetRates(entries, { now, minutes: 15 });
    const sixty = tweetRates(entries, { now, minutes: 60 });
    expect(fifteen.totals.Sent).toBe(1);
    expect(sixty.totals.Sent).toBe(2);
    expect(sixty.bucketStarts).toHaveLength(60);
    expect(sixty.series[0]?.counts[59 - 30]).toBe(1);
    expect(sixty.series[0]?.counts[59 - 2]).toBe(1);
  });

  it('counts a tweet that went Composing → Sent once in each state, in the minute of each', () => {
    const entries = [entryOf('T1', { Composing: currentMinute - 3 * minute + 5_000, Sent: currentMinute + 1_000 })];
    const rates = tweetRates(entries, { now, minutes: 15 });
    expect(rates.series.find(({ state }) => state === 'Composing')?.counts[11]).toBe(1);
    expect(rates.series.find(({ state }) => state === 'Sent')?.counts[14]).toBe(1);
    expect(rates.totals).toEqual({ Sent: 1, Composing: 1, Canceled: 0, Completed: 0, Error: 0 });
  });

  it('counts Canceled and Completed apart', () => {
    const entries = [entryOf('C1', { Composing: now - minute, Canceled: now }), entryOf('C2', { Sent: now - minute, Completed: now }), entryOf('C3', { Completed: now })];
    const { totals } = tweetRates(entries, { now, minutes: 15 });
    expect(totals).toMatchObject({ Canceled: 1, Completed: 2, Composing: 1, Sent: 1 });
  });

  it('counts errors in the minute of error.at, apart from the states', () => {
    const entries = [
      entryOf('E1', { Composing: now - 5 * minute }, { errorAt: now - 5 * minute + 1_000 }),
      entryOf('E2', { Composing: now - 5 * minute }, { errorAt: now - 4 * minute }),
      entryOf('E3', { Composing: now }, { errorAt: now }),
      entryOf('old', { Composing: now - 40 * minute }, { errorAt: now - 40 * minute }),
    ];
    const rates = tweetRates(entries, { now, minutes: 15 });
    expect(rates.errors).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1]);
    expect(rates.totals[errorLabel]).toBe(3);
    expect(rates.totals.Composing).toBe(3);
  });

  it('skips inbound tweets, their errors too', () => {
    const entries = [entryOf('in', { Sent: now }, { inbound: true, errorAt: now }), entryOf('out', { Sent: now })];
    const rates = tweetRates(entries, { now, minutes: 15 });
    expect(rates.totals).toEqual({ Sent: 1, Composing: 0, Canceled: 0, Completed: 0, Error: 0 });
  });

  it('ignores states it does not chart', () => {
    const rates = tweetRates([entryOf('odd', { Invited: now, Processing: now, Weird: now })], { now, minutes: 15 });
    expect(Object.values(rates.totals).every((total) => total === 0)).toBe(true);
  });
});

describe('tweetRates, for any entries and any time', () => {
  const stateNames = [...rateStates, 'Invited', 'Processing', 'Weird'];
  const span = 90 * minute;
  const anyEntry = fc.record({
    times: fc.dictionary(fc.constantFrom(...stateNames), fc.integer({ min: -span, max: span / 3 })),
    errorAt: fc.option(fc.integer({ min: -span, max: span / 3 }), { nil: undefined }),
    inbound: fc.boolean(),
  });

  it('puts in each bucket exactly the transitions (and errors) of outbound tweets inside that minute', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 60 }), fc.integer({ min: 0, max: 10 * span }), fc.constantFrom<RateWindowMinutes>(15, 60), (drafts, nowOffset, minutes) => {
        const at = currentMinute + nowOffset;
        const entries = drafts.map(({ times, errorAt, inbound }, i) =>
          entryOf(`T${i}`, Object.fromEntries(Object.entries(times).map(([state, offset]) => [state, at + offset])), { errorAt: errorAt === undefined ? undefined : at + errorAt, inbound }),
        );
        const rates = tweetRates(entries, { now: at, minutes });
        const windowEnd = (Math.floor(at / minute) + 1) * minute;
        const windowStart = windowEnd - minutes * minute;
        const outbound = entries.filter((entry) => entry.tweet.twitterType !== 'Inbound');
        const inside = (time: number | undefined, from: number, to: number) => time !== undefined && time >= from && time < to;

        expect(rates.bucketStarts).toEqual(Array.from({ length: minutes }, (_, i) => windowStart + i * minute));
        for (const { state, counts } of rates.series) {
          expect(counts).toHaveLength(minutes);
          const transitions = outbound.filter((entry) => inside(entry.stateTimes[state], windowStart, windowEnd)).length;
          expect(counts.reduce((a, b) => a + b, 0)).toBe(transitions);
          expect(rates.totals[state]).toBe(transitions);
          counts.forEach((count, i) => {
            expect(count).toBe(outbound.filter((entry) => inside(entry.stateTimes[state], windowStart + i * minute, windowStart + (i + 1) * minute)).length);
          });
        }
        expect(rates.errors).toHaveLength(minutes);
        const errors = outbound.filter((entry) => inside(entry.error?.at, windowStart, windowEnd)).length;
        expect(rates.errors.reduce((a, b) => a + b, 0)).toBe(errors);
        expect(rates.totals[errorLabel]).toBe(errors);
      }),
    );
  });

  it('does not count the states a list read found already there (their time is only a bound)', () => {
    const listed: OutboundEntry = { id: 'L1', tweet: { id: 'L1', state: 'Sent' }, stateTimes: { Sent: now - 1_000 }, firstSeen: now - 1_000, lastChange: now - 1_000, error: undefined, agent: undefined, startUnknown: true };
    const rates = tweetRates([listed], { now, minutes: 15 });
    expect(rates.totals.Sent).toBe(0);
  });
});
