import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from 'cometd-nodejs-server';
import { checkBayeuxRequest, type BayeuxRequestCheck } from '../../../src/simulator/notifier/bayeuxValidation';
import { replaceUnserialisableReply } from '../../../src/simulator/notifier/replyGuard';
import { nestsDeeperThan } from '../../../src/simulator/notifier/valueDepth';
import { match } from '../../asymmetricMatchers';

const clientId = 'a'.repeat(40);
const browserCookie = `BAYEUX_BROWSER=${'0123456789abcdef0123'.repeat(2)}`;
/** JSON text of `depth` nested arrays: built as text, so no test code recurses either. */
const nestedArrays = (depth: number, inner = '') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
/** JSON.parse, typed for what it returns: anything. */
const parsed = (json: string): unknown => JSON.parse(json);

const check = (messages: unknown[], cookie?: string) => checkBayeuxRequest(JSON.stringify(messages), cookie);
const rejection = (result: BayeuxRequestCheck) => (result.ok ? undefined : { httpStatus: result.httpStatus, replies: result.replies });

describe('nesting depth without recursion', () => {
  it('counts containers: scalars 0, [] and {} 1, one more per level', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan([], 0)).toBe(true);
    expect(nestsDeeperThan([], 1)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: {} }] }, 3)).toBe(true);
  });

  it('measures a million levels without overflowing the stack', () => {
    const deep = parsed(nestedArrays(1_000_000));
    expect(nestsDeeperThan(deep, 16)).toBe(true);
    expect(() => JSON.stringify(deep)).toThrow(RangeError); // what cometd-nodejs-server would do with it
  });
});

describe('what the cometd client sends passes', () => {
  it.each([
    ['a handshake', [{ id: '1', version: '1.0', minimumVersion: '1.0', channel: '/meta/handshake', supportedConnectionTypes: ['long-polling', 'callback-polling'], advice: { timeout: 60_000, interval: 0 } }]],
    ['a first connect', [{ id: '2', channel: '/meta/connect', connectionType: 'long-polling', advice: { timeout: 0 }, clientId }]],
    ['a batch of subscriptions, wildcards included', [
      { id: '3', channel: '/meta/subscribe', subscription: '/v2/me/*', clientId },
      { id: '4', channel: '/meta/subscribe', subscription: '/v2/**', clientId, ext: { ack: true } },
    ]],
    ['a subscription list', [{ channel: '/meta/subscribe', subscription: ['/v2/me/twitter', '/v2/me/channels'], clientId }]],
    ['an unsubscribe and a disconnect', [{ channel: '/meta/unsubscribe', subscription: '/v2/me/twitter', clientId }, { channel: '/meta/disconnect', clientId }]],
    ['a publish with data nested 16 deep', [{ channel: '/service/echo', clientId, data: parsed(nestedArrays(16)) }]],
  ])('%s', (_what, messages) => {
    const result = check(messages, browserCookie);
    expect(result.ok).toBe(true);
    expect(result.ok && result.messages.map((m) => m.raw)).toEqual(messages);
  });
});

describe('the reported case', () => {
  it('a /meta/connect whose id is 6,000 nested arrays is refused at once, the id not echoed', () => {
    const body = `[{"channel":"/meta/connect","clientId":"${clientId}","connectionType":"long-polling","id":${nestedArrays(6_000)}}]`;
    expect(rejection(checkBayeuxRequest(body, browserCookie))).toEqual({
      httpStatus: 200,
      replies: [{ channel: '/meta/connect', successful: false, error: '400::id_invalid' }],
    });
  });
});

describe('each field has a type and a bound', () => {
  const long = (n: number) => 'x'.repeat(n);
  const cases: [what: string, message: unknown, reason: string][] = [
    ['no channel', { id: '1' }, 'channel_invalid'],
    ['a channel that is not a string', { channel: ['/meta/connect'] }, 'channel_invalid'],
    ['a channel without the leading slash', { channel: 'meta/connect' }, 'channel_invalid'],
    ['a wildcard channel', { channel: '/v2/me/*', data: {} }, 'channel_invalid'],
    ['an unknown /meta channel', { channel: '/meta/publish' }, 'channel_invalid'],
    ['a channel over 200 characters', { channel: `/${long(200)}` }, 'channel_invalid'],
    ['a channel with a space', { channel: '/v2/me twitter' }, 'channel_invalid'],
    ['a numeric id', { channel: '/meta/connect', id: 7 }, 'id_invalid'],
    ['an id over 64 characters', { channel: '/meta/connect', id: long(65) }, 'id_invalid'],
    ['a clientId that is an object', { channel: '/meta/connect', clientId: { id: 'x' } }, 'clientId_invalid'],
    ['an empty clientId', { channel: '/meta/connect', clientId: '' }, 'clientId_invalid'],
    ['a clientId over 64 characters', { channel: '/meta/connect', clientId: long(65) }, 'clientId_invalid'],
    ['a subscribe without subscription', { channel: '/meta/subscribe', clientId }, 'subscription_missing'],
    ['a subscription that is a number', { channel: '/meta/subscribe', subscription: 5 }, 'subscription_invalid'],
    ['an empty subscription list', { channel: '/meta/subscribe', subscription: [] }, 'subscription_invalid'],
    ['a subscription list of 33', { channel: '/meta/subscribe', subscription: Array.from({ length: 33 }, (_, i) => `/c/${i}`) }, 'subscription_invalid'],
    ['a nested subscription list', { channel: '/meta/subscribe', subscription: [['/v2/me/twitter']] }, 'subscription_invalid'],
    ['a subscription to `constructor`', { channel: '/meta/subscribe', subscription: 'constructor' }, 'subscription_invalid'],
    ['a wildcard in the middle', { channel: '/meta/subscribe', subscription: '/v2/*/twitter' }, 'subscription_invalid'],
    ['advice that is a list', { channel: '/meta/connect', advice: [] }, 'advice_invalid'],
    ['a negative advice timeout', { channel: '/meta/connect', advice: { timeout: -1 } }, 'advice_invalid'],
    ['an advice interval of 11 minutes', { channel: '/meta/connect', advice: { interval: 660_000 } }, 'advice_invalid'],
    ['an advice timeout as text', { channel: '/meta/connect', advice: { timeout: '100' } }, 'advice_invalid'],
    ['ext that is a string', { channel: '/meta/connect', ext: 'ack' }, 'ext_invalid'],
    ['a version over 64 characters', { channel: '/meta/handshake', version: long(65) }, 'version_invalid'],
    ['nine connection types', { channel: '/meta/handshake', supportedConnectionTypes: Array.from({ length: 9 }, () => 'long-polling') }, 'supportedConnectionTypes_invalid'],
    ['a connectionType that is a list', { channel: '/meta/connect', connectionType: ['long-polling'] }, 'connectionType_invalid'],
    ['data nested 17 deep', { channel: '/service/echo', data: parsed(nestedArrays(17)) }, 'data_too_deep'],
    ['ext nested 17 deep', { channel: '/meta/connect', ext: parsed(nestedObjects(17)) }, 'ext_too_deep'],
    ['advice nested 17 deep', { channel: '/meta/connect', advice: { hosts: parsed(nestedArrays(16)) } }, 'advice_too_deep'],
    ['a field of its own nested 17 deep', { channel: '/meta/connect', extra: parsed(nestedArrays(17)) }, 'message_too_deep'],
  ];
  it.each(cases.map(([what, message, reason]) => ({ what, message, reason })))('$what → 400::$reason', ({ message, reason }) => {
    expect(rejection(check([message]))?.replies).toEqual([expect.objectContaining({ successful: false, error: `400::${reason}` })]);
  });

  it('an advice timeout of 1e400 (Infinity once parsed) is refused', () => {
    const body = '[{"channel":"/meta/connect","advice":{"timeout":1e400}}]';
    expect(rejection(checkBayeuxRequest(body, undefined))?.replies[0]?.error).toBe('400::advice_invalid');
  });
});

describe('whole requests', () => {
  it('one bad message refuses the request: its reason, and batch_rejected for the others, valid ids and subscriptions echoed', () => {
    const result = check([
      { id: '1', channel: '/meta/subscribe', subscription: '/v2/me/*', clientId },
      { id: '2', channel: '/meta/subscribe', subscription: '/v2/me/**', clientId, data: parsed(nestedArrays(40)) },
      { id: { deep: true }, channel: 42 },
    ]);
    expect(rejection(result)).toEqual({
      httpStatus: 200,
      replies: [
        { id: '1', channel: '/meta/subscribe', subscription: '/v2/me/*', successful: false, error: '400::batch_rejected' },
        { id: '2', channel: '/meta/subscribe', subscription: '/v2/me/**', successful: false, error: '400::data_too_deep' },
        { channel: '/meta/unsuccessful', successful: false, error: '400::channel_invalid' },
      ],
    });
  });

  it('a handshake must come alone (cometd-nodejs-server would register the session, then fail the request)', () => {
    const result = check([{ id: '1', channel: '/meta/handshake' }, { id: '2', channel: '/meta/connect', clientId }]);
    expect(rejection(result)?.replies.map((r) => r.error)).toEqual(['400::handshake_not_alone', '400::batch_rejected']);
  });

  it.each([
    ['not JSON', '[{"channel":', 'request_not_json'],
    ['an object', '{"channel":"/meta/handshake"}', 'request_not_a_message_list'],
    ['an empty list', '[]', 'request_not_a_message_list'],
    ['a list with a string in it', '[{"channel":"/meta/connect"},"x"]', 'request_not_a_message_list'],
    ['a list with a list in it', `[${nestedArrays(6_000)}]`, 'request_not_a_message_list'],
    ['51 messages', JSON.stringify(Array.from({ length: 51 }, () => ({ channel: '/meta/connect', clientId }))), 'request_too_many_messages'],
  ])('a body that is %s → HTTP 400 with a Bayeux reply on /meta/unsuccessful', (_what, body, reason) => {
    expect(rejection(checkBayeuxRequest(body, undefined))).toEqual({
      httpStatus: 400,
      replies: [{ channel: '/meta/unsuccessful', successful: false, error: `400::${reason}` }],
    });
  });

  it.each(['constructor', '__proto__', 'toString', 'abc', `${'A'.repeat(40)}`])('a BAYEUX_BROWSER cookie "%s" (not one the server makes) refuses every message', (value) => {
    const result = check([{ id: '1', channel: '/meta/handshake' }], `JSESSIONID=x; BAYEUX_BROWSER=${value}`);
    expect(rejection(result)?.replies).toEqual([{ id: '1', channel: '/meta/handshake', successful: false, error: '400::browser_cookie_invalid' }]);
  });

  it('other cookies do not matter', () => {
    expect(check([{ channel: '/meta/handshake' }], `constructor=1; ${browserCookie}; x`).ok).toBe(true);
  });
});

/** Any JSON value, now and then nested far beyond the limit (as text, so the generator does not recurse). */
const hostileJsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.integer({ min: 17, max: 20_000 }).map((depth) => nestedArrays(depth)),
  fc.integer({ min: 2, max: 5_000 }).map((depth) => nestedObjects(depth)),
  fc.constantFrom('"/meta/connect"', '"/meta/subscribe"', '"/v2/me/*"', '"constructor"', '"__proto__"', '1e400', '-0', 'null'),
);
const fieldName = fc.constantFrom('channel', 'id', 'clientId', 'subscription', 'advice', 'ext', 'data', 'version', 'connectionType', 'supportedConnectionTypes', '__proto__', 'other');
const messageText = fc
  .uniqueArray(fc.tuple(fieldName, hostileJsonText), { selector: ([name]) => name, maxLength: 6 })
  .map((fields) => `{${fields.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`);
const bodyText = fc.oneof(
  fc.array(messageText, { maxLength: 4 }).map((messages) => `[${messages.join(',')}]`),
  hostileJsonText,
);

describe('property: any body', () => {
  it('is checked without throwing; what passes serialises, what is refused gets serialisable replies with a channel', () => {
    fc.assert(
      fc.property(bodyText, (text) => {
        const result = checkBayeuxRequest(text, undefined);
        if (result.ok) {
          for (const message of result.messages) expect(() => JSON.stringify(message.raw)).not.toThrow();
          return;
        }
        expect(result.replies.length).toBeGreaterThan(0);
        for (const reply of result.replies) {
          expect(reply).toMatchObject({ channel: match.stringMatching(/^\/[^*]+$/), successful: false, error: match.stringMatching(/^400::[A-Za-z_]+$/) });
        }
        expect(() => JSON.stringify(result.replies)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('reply guard (last resort behind the checks)', () => {
  it('turns a reply that does not serialise into a plain error reply', () => {
    const reply: ServerMessage = { channel: '/meta/connect', successful: true, ext: parsed(nestedArrays(1_000_000)) };
    expect(replaceUnserialisableReply(reply)).toBe(true);
    expect(JSON.parse(JSON.stringify(reply))).toEqual({ channel: '/meta/connect', successful: false, error: '500::reply_not_serialisable' });
  });

  it('leaves other replies and deliveries alone', () => {
    const reply: ServerMessage = { channel: '/meta/connect', successful: true, id: '5' };
    const delivery: ServerMessage = { channel: '/v2/me/twitter', data: parsed(nestedArrays(100)) };
    expect(replaceUnserialisableReply(reply)).toBe(false);
    expect(replaceUnserialisableReply(delivery)).toBe(false);
    expect(reply).toEqual({ channel: '/meta/connect', successful: true, id: '5' });
  });
});
