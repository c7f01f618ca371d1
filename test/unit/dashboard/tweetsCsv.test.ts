import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboundEntry } from '../../../src/features/outbound/model/outboundEntry';
import { tweetsCsv, tweetsCsvHeader } from '../../../src/features/outbound/dashboard/export/tweetsCsv';
import { createQueueLabels } from '../../../src/features/outbound/model/queueView';

const options = { now: Date.UTC(2026, 10, 25, 14, 10), thresholdMs: 60_000 };
const at = (minute: number) => Date.UTC(2026, 10, 25, 14, minute);

interface EntryShape {
  id?: string;
  state?: string;
  agent?: string;
  from?: string;
  message?: string;
  error?: string;
  twitterMsgId?: string;
  /** The queue path the console wrote into Create's userData. */
  queue?: string;
  stateTimes?: Record<string, number>;
}

function entryOf({ id = 'T1', state = 'Sent', agent, from, message, error, twitterMsgId, queue, stateTimes = {} }: EntryShape): OutboundEntry {
  const userData = queue === undefined ? undefined : { ConsoleQueue: queue };
  return {
    id,
    tweet: { id, state, twitterType: 'Outbound', from, message, twitterMsgId, userData },
    stateTimes,
    firstSeen: at(0),
    lastChange: at(0),
    error: error === undefined ? undefined : { message: error, referenceId: 7, at: at(1) },
    agent,
  };
}

/**
 * A small RFC 4180 reader, the test's own: records of fields, CRLF between records (a bare CR or
 * LF is data), `"…"` fields with `""` for a quote. Throws on anything else.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) throw new Error('unclosed quote');
          field += text.slice(i, close);
          i = close + 1;
          if (text[i] !== '"') break;
          field += '"';
          i += 1;
        }
      } else {
        const end = text.slice(i).search(/,|\r\n|"/);
        field = end < 0 ? text.slice(i) : text.slice(i, i + end);
        i += field.length;
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
      }
      record.push(field);
      if (text[i] === ',') i += 1;
      else break;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`record not ended by CRLF at ${i}`);
    i += 2;
    records.push(record);
  }
  return records;
}

const column = (name: (typeof tweetsCsvHeader)[number]) => tweetsCsvHeader.indexOf(name);

describe('tweetsCsv', () => {
  it('writes a header, then one CRLF-ended line per tweet in the order given', () => {
    const csv = tweetsCsv(
      [
        entryOf({
          id: 'T2',
          agent: 'ann',
          from: 'gc_support',
          message: 'Hello',
          twitterMsgId: '1234567890',
          queue: '/queues/customer-care',
          stateTimes: { Composing: at(0), Sent: at(0) + 2_500 },
        }),
        entryOf({ id: 'T1', state: 'Composing', stateTimes: { Composing: at(0) } }),
      ],
      options,
    );
    expect(csv).toBe(
      'id,state,stuck,agent,from,created,sent,composing_to_sent_s,error,message,twitter_link,queue\r\n' +
        'T2,Sent,no,ann,gc_support,2026-11-25T14:00:00.000Z,2026-11-25T14:00:02.500Z,2.500,,Hello,https://twitter.com/i/web/status/1234567890,/queues/customer-care\r\n' +
        'T1,Composing,yes,,,2026-11-25T14:00:00.000Z,,,,,,\r\n',
    );
  });

  it("names each tweet's queue by the lookup given (config.json's names), the path without one, nothing when unknown", () => {
    const rows = [entryOf({ id: 'T3', queue: '/queues/customer-care' }), entryOf({ id: 'T2', queue: '/queues/load' }), entryOf({ id: 'T1' })];
    const queueLabel = createQueueLabels([{ name: 'Customer care', path: '/queues/customer-care' }]);
    const named = parseCsv(tweetsCsv(rows, { ...options, queueLabel }));
    expect(named.slice(1).map((record) => record[column('queue')])).toEqual(['Customer care', '/queues/load', '']);
    const plain = parseCsv(tweetsCsv(rows, options));
    expect(plain.slice(1).map((record) => record[column('queue')])).toEqual(['/queues/customer-care', '/queues/load', '']);
  });

  it('shows the state as the panel does: Error while a failure is marked', () => {
    const [, row] = parseCsv(tweetsCsv([entryOf({ state: 'Composing', error: 'Rate limit, try later' })], options));
    expect(row?.[column('state')]).toBe('Error');
    expect(row?.[column('stuck')]).toBe('no');
    expect(row?.[column('error')]).toBe('Rate limit, try later');
  });

  it('quotes a field with a comma, a double quote (doubled) or a line break, and only those', () => {
    const csv = tweetsCsv([entryOf({ message: 'Hi, "you"\r\nline two\nthree', agent: 'plain text' })], options);
    expect(csv).toContain(',plain text,');
    expect(csv).toContain(',"Hi, ""you""\r\nline two\nthree",');
    expect(parseCsv(csv)[1]?.[column('message')]).toBe('Hi, "you"\r\nline two\nthree');
  });

  it.each([
    ['message', '=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['agent', '@SUM(1+1)', `'@SUM(1+1)`],
    ['from', '-2+3', `'-2+3`],
    ['message', '+1', `'+1`],
    ['message', '\tcmd', `'\tcmd`],
    ['message', '\r=1', `"'\r=1"`],
    ['queue', '=cmd|"/c calc"!A1', `"'=cmd|""/c calc""!A1"`],
  ] as const)('neutralises a formula character at the start of the %s: %j', (field, value, written) => {
    const csv = tweetsCsv([entryOf({ [field]: value })], options);
    expect(csv).toContain(field === 'queue' ? `,${written}\r\n` : `,${written},`);
    expect(parseCsv(csv)[1]?.[column(field)]).toBe(`'${value}`);
  });

  it('leaves ordinary text alone, a formula character later in it too', () => {
    const csv = tweetsCsv([entryOf({ message: 'Price: 5 = 2+3, mail me @ home', agent: 'ann-marie' })], options);
    expect(parseCsv(csv)[1]?.[column('message')]).toBe('Price: 5 = 2+3, mail me @ home');
    expect(parseCsv(csv)[1]?.[column('agent')]).toBe('ann-marie');
  });
});

describe('tweetsCsv, any text', () => {
  const formulaStart = /^[=+\-@\t\r]/;
  const tricky = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", 'a', ' ', 'é'), maxLength: 12 }),
  );
  const shapes = fc.array(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), agent: tricky, from: tricky, message: tricky, error: tricky, queue: tricky }),
    { maxLength: 8 },
  );

  it('reads back as the cells written (a formula start prefixed with a quote), and no cell starts a formula', () => {
    fc.assert(
      fc.property(shapes, (list) => {
        const records = parseCsv(tweetsCsv(list.map(entryOf), options));
        expect(records).toHaveLength(list.length + 1);
        expect(records[0]).toEqual([...tweetsCsvHeader]);
        const neutral = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
        // The queue as the panel reads it: userData text, trimmed (blank = none).
        const queueCell = (queue: string) => neutral(queue.trim());
        list.forEach((shape, i) => {
          const record = records[i + 1] ?? [];
          expect(record).toHaveLength(tweetsCsvHeader.length);
          for (const field of ['id', 'agent', 'from', 'message', 'error'] as const) expect(record[column(field)]).toBe(neutral(shape[field]));
          expect(record[column('queue')]).toBe(queueCell(shape.queue));
        });
        for (const cell of records.flat()) expect(cell).not.toMatch(formulaStart);
      }),
    );
  });
});
