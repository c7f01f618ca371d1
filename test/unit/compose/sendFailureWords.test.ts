import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendFailureOf } from '../../../src/features/compose/sendFailure';
import { describeSendFailure, formatElapsed, statusCodeSummary } from '../../../src/features/compose/sendFailureWords';
import { GwsError, type GwsErrorKind } from '../../../src/gws/http';

describe('describeSendFailure', () => {
  it('a statusCode: words for the code, GWS statusMessage as detail', () => {
    expect(describeSendFailure({ kind: 'status', stage: 'send', statusCode: 4, statusMessage: 'Back-end is down' })).toEqual({
      summary: 'GWS or one of its back-end servers had an internal error. The tweet was not sent.',
      detail: 'GWS said: “Back-end is down” (status code 4).',
      nextStep: undefined,
      retry: true,
    });
  });

  it('has its own words for every GWS statusCode 1–20, and names an unknown one', () => {
    const summaries = Array.from({ length: 20 }, (_, i) => statusCodeSummary(i + 1));
    for (const summary of summaries) expect(summary).toMatch(/^[A-Z].+\.$/);
    expect(summaries.filter((summary) => summary.includes('status code'))).toEqual([]);
    expect(new Set(summaries).size).toBe(20);
    expect(statusCodeSummary(42)).toBe('GWS refused the request (status code 42).');
  });

  it('network, timeout, CSRF and HTTP failures', () => {
    const words = (reason: 'network' | 'timeout' | 'csrf' | 'http') =>
      describeSendFailure({ kind: 'transport', stage: 'create', reason, message: 'detail' });
    expect(words('network')).toEqual({ summary: 'Cannot reach GWS. The tweet was not sent.', detail: 'detail', retry: true });
    expect(words('timeout').summary).toBe('GWS did not answer in time. The tweet was not sent.');
    expect(words('csrf').summary).toBe('GWS refused the request’s security token. The tweet was not sent.');
    expect(words('http').summary).toBe('GWS answered with something unexpected. The tweet was not sent.');
  });

  it('an Error notification: its errorMessage', () => {
    expect(describeSendFailure({ kind: 'rejected', stage: 'send', errorMessage: 'Over the limit' })).toEqual({
      summary: 'The tweet was not sent.',
      detail: 'Over the limit',
      nextStep: 'Change the message, then send it again.',
      retry: false,
    });
  });

  it('no confirmation: accepted but not confirmed, and that Retry is safe', () => {
    const timeout = describeSendFailure({ kind: 'unconfirmed', stage: 'send', reason: 'timeout' });
    expect(timeout.summary).toBe('GWS accepted the tweet but has not confirmed it yet.');
    expect(timeout.detail).toContain('GWS will not let it go out twice');
    expect(describeSendFailure({ kind: 'unconfirmed', stage: 'send', reason: 'lost-response' }).summary).toBe(
      'The connection to GWS failed while sending, and GWS has not confirmed the tweet.',
    );
    expect(describeSendFailure({ kind: 'unconfirmed', stage: 'create', reason: 'timeout' }).summary).toBe(
      'GWS accepted the new draft but has not confirmed it yet.',
    );
    expect(describeSendFailure({ kind: 'unchecked', stage: 'send', message: 'offline.' }).detail).toMatch(/to check: offline\. Retry/);
  });

  it('a draft GWS says is canceled: not sent, because GWS said so', () => {
    expect(describeSendFailure({ kind: 'draft-gone', state: 'Canceled' }).summary).toBe('GWS says the tweet draft is Canceled. The tweet was not sent.');
  });

  it('where GWS did not say how it ended (not listed, unknown state, list unreadable, unexpected error), the words never claim "not sent"', () => {
    const unsure = [
      describeSendFailure({ kind: 'unknown', reason: 'not-listed', state: undefined }),
      describeSendFailure({ kind: 'unknown', reason: 'unknown-state', state: 'Archived' }),
      describeSendFailure({ kind: 'unchecked', stage: 'send', message: 'offline' }),
      describeSendFailure(sendFailureOf(new Error('bug'))),
    ];
    for (const words of unsure) {
      expect(words.summary).toContain('GWS did not confirm whether the tweet went out — check before retrying.');
      expect(`${words.summary} ${words.detail ?? ''}`).not.toMatch(/not sent/i);
    }
    expect(unsure[1]?.detail).toContain('“Archived”');
  });
});

describe('Retry is offered only where a retry can succeed', () => {
  it('not for a refusal that would come back — the words say what to change instead', () => {
    const refusals = [
      describeSendFailure({ kind: 'rejected', stage: 'send', errorMessage: 'Status is a duplicate.' }),
      describeSendFailure({ kind: 'status', stage: 'send', statusCode: 5, statusMessage: 'No permission' }),
      describeSendFailure({ kind: 'status', stage: 'send', statusCode: 2, statusMessage: 'Invalid state' }),
      describeSendFailure({ kind: 'status', stage: 'create', statusCode: 10, statusMessage: 'Bad queue' }),
      describeSendFailure({ kind: 'draft-gone', state: 'Canceled' }),
      describeSendFailure({ kind: 'unknown', reason: 'not-listed', state: undefined }),
    ];
    for (const words of refusals) {
      expect(words.retry, words.summary).toBe(false);
      expect(words.nextStep, words.summary).toBeTruthy();
    }
    expect(refusals[1]?.nextStep).toBe('Choose an account you may tweet from, then send again.');
  });

  it('for trouble a second try can get past: GWS internal errors, a lost answer, an unconfirmed draft', () => {
    for (const failure of [
      { kind: 'status', stage: 'send', statusCode: 4, statusMessage: 'down' },
      { kind: 'status', stage: 'create', statusCode: 13, statusMessage: 'UCS down' },
      { kind: 'transport', stage: 'create', reason: 'network', message: 'offline' },
      { kind: 'unconfirmed', stage: 'send', reason: 'timeout' },
      { kind: 'unchecked', stage: 'send', message: 'offline' },
    ] as const) {
      expect(describeSendFailure(failure).retry, failure.kind).toBe(true);
    }
  });
});

describe('sendFailureOf', () => {
  const kinds: GwsErrorKind[] = ['status', 'http', 'network', 'timeout', 'csrf', 'unauthorized', 'invalid-response'];

  it('turns a GwsError of every kind into the failure of that kind, with its message', () => {
    for (const kind of kinds) {
      const failure = sendFailureOf(new GwsError({ kind, statusCode: 4, message: `${kind} words` }));
      expect(failure).toEqual(
        kind === 'status'
          ? { kind: 'status', stage: 'send', statusCode: 4, statusMessage: 'status words' }
          : { kind: 'transport', stage: 'send', reason: kind, message: `${kind} words` },
      );
    }
  });

  it('turns any other thrown value (fast-check: primitives, objects, arrays, Errors) into an unexpected failure with its text, and words to show', () => {
    const textOf = (value: unknown) => {
      try {
        return String(value);
      } catch {
        return Object.prototype.toString.call(value);
      }
    };
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string().map((text) => new Error(text))), (thrown) => {
        const failure = sendFailureOf(thrown);
        const message = thrown instanceof Error ? thrown.message : textOf(thrown);
        expect(failure).toEqual({ kind: 'transport', stage: 'send', reason: 'unexpected', message });
        expect(describeSendFailure(failure).summary).toContain('Something went wrong.');
      }),
      { numRuns: 300 },
    );
    expect(sendFailureOf(new Error('bug'))).toEqual({ kind: 'transport', stage: 'send', reason: 'unexpected', message: 'bug' });
    // No text form at all (String() throws): said by its type, never a crash (fast-check found it).
    expect(sendFailureOf({ toString: false })).toEqual({ kind: 'transport', stage: 'send', reason: 'unexpected', message: '[object Object]' });
    expect(sendFailureOf(Object.create(null))).toMatchObject({ reason: 'unexpected', message: '[object Object]' });
  });
});

describe('formatElapsed', () => {
  it('tenths of a second below 10 s, whole seconds above', () => {
    expect(formatElapsed(432)).toBe('0.4 s');
    expect(formatElapsed(9_949)).toBe('9.9 s');
    expect(formatElapsed(12_400)).toBe('12 s');
  });
});
