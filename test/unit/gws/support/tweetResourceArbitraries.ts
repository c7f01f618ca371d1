import fc from 'fast-check';
import { knownTweetStates, tweetCapabilities, type Tweet } from '../../../../src/gws/schemas';

/**
 * Valid tweet resources (contract §3) as they come over the wire, each paired with the `Tweet` the
 * parser must make of it: `null` fields read as absent, `tweetType` as `twitterType`, a status id
 * only from a non-blank string or a safe non-negative integer.
 */
export interface ResourceSample {
  wire: Record<string, unknown>;
  tweet: Tweet;
}

/** The text fields of the resource. */
export const textFields = ['contactId', 'parentId', 'from', 'message', 'subject', 'state', 'uri'] as const;
export type TextField = (typeof textFields)[number];
/** Every field the resource schema reads; any other is dropped. */
export const resourceFields: readonly string[] = [
  'id', ...textFields, 'twitterType', 'tweetType', 'capabilities', 'userData', 'twitterMsgId',
];

interface Piece {
  wire: Record<string, unknown>;
  tweet: Partial<Tweet>;
}
const nothing: Piece = { wire: {}, tweet: {} };
const nullAndAbsent = (name: string) => [fc.constant<Piece>({ wire: { [name]: null }, tweet: {} }), fc.constant(nothing)] as const;

function textPiece(name: TextField, value: string): Piece {
  const tweet: Partial<Tweet> = {};
  tweet[name] = value;
  return { wire: { [name]: value }, tweet };
}

/** A text field with a value, `null`, or left out. */
const optionalText = (name: TextField, values: fc.Arbitrary<string>) =>
  fc.oneof(values.map((value) => textPiece(name, value)), ...nullAndAbsent(name));

/** A GWS interaction id (`01QQQG2MU214P05G`) or any non-empty string. */
export const tweetId = fc.oneof(fc.stringMatching(/^[0-9A-Z]{16}$/), fc.string({ minLength: 1, maxLength: 20 }));
/** A state the contract names, or one it does not (kept as a known-unknown). */
export const unknownTweetState = fc.string({ maxLength: 12 }).filter((state) => !knownTweetStates.some((known) => known === state));
const tweetState = fc.oneof(fc.constantFrom(...knownTweetStates), unknownTweetState);

const directionValue = fc.oneof(fc.constantFrom('Inbound', 'Outbound'), fc.string({ maxLength: 10 }));
/** `twitterType` (operation pages) or `tweetType` (TwitterMessageType page); twitterType wins when both are there. */
const direction = fc.oneof(
  directionValue.map((d): Piece => ({ wire: { twitterType: d }, tweet: { twitterType: d } })),
  directionValue.map((d): Piece => ({ wire: { tweetType: d }, tweet: { twitterType: d } })),
  fc.tuple(directionValue, directionValue).map(([a, b]): Piece => ({ wire: { twitterType: a, tweetType: b }, tweet: { twitterType: a } })),
  directionValue.map((d): Piece => ({ wire: { twitterType: null, tweetType: d }, tweet: { twitterType: d } })),
  fc.constant<Piece>({ wire: { twitterType: null, tweetType: null }, tweet: {} }),
  fc.constant(nothing),
);

/** Known capability names and unknown ones (kept: the UI looks only for those it knows). */
const capabilities = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...tweetCapabilities), fc.string({ maxLength: 12 })), { maxLength: 6 }).map(
    (names): Piece => ({ wire: { capabilities: names }, tweet: { capabilities: names } }),
  ),
  ...nullAndAbsent('capabilities'),
);

/** userData keys: the seed's, and any other (a key named `__proto__` is a mutation of its own). */
export const userDataKey = fc
  .oneof(
    fc.constantFrom('FromAddress', '_twitterUserScreenName', '_twitterMsgId', '_umsInboundIxnSubmittedBy', 'ConsoleAgent', 'RRequestedSkills'),
    fc.constantFrom('constructor', 'toString', 'hasOwnProperty'),
    fc.string({ maxLength: 12 }),
  )
  .filter((key) => key !== '__proto__');
/** Any JSON per value: strings, numbers, null, booleans, nested lists. */
const userData = fc.oneof(
  fc.dictionary(userDataKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8, noNullPrototype: true }).map(
    (values): Piece => ({ wire: { userData: values }, tweet: { userData: values } }),
  ),
  ...nullAndAbsent('userData'),
);

const digits = fc.stringMatching(/^[0-9]{1,19}$/);
const blank = fc.constantFrom('', ' ', '\t');
/** Twitter's status id: text (trimmed) or a safe integer; an id that may have lost digits gives no link. */
const statusId = fc.oneof(
  fc.tuple(blank, digits, blank).map(([before, id, after]): Piece => ({ wire: { twitterMsgId: `${before}${id}${after}` }, tweet: { twitterMsgId: id } })),
  fc.maxSafeNat().map((id): Piece => ({ wire: { twitterMsgId: id }, tweet: { twitterMsgId: String(id) } })),
  fc.oneof(fc.double({ min: 2 ** 53, max: 1e21, noNaN: true }), fc.integer({ max: -1 }), fc.constant(1.5)).map((id): Piece => ({ wire: { twitterMsgId: id }, tweet: {} })),
  blank.map((id): Piece => ({ wire: { twitterMsgId: id }, tweet: {} })),
  ...nullAndAbsent('twitterMsgId'),
);

const text = fc.string({ maxLength: 40 });
export const tweetResource: fc.Arbitrary<ResourceSample> = fc
  .tuple(
    tweetId,
    fc.tuple(
      optionalText('contactId', fc.stringMatching(/^[0-9A-Za-z]{16}$/)),
      optionalText('parentId', fc.stringMatching(/^[0-9A-Z]{16}$/)),
      optionalText('from', fc.oneof(fc.constantFrom('vitaliy_onv', 'gc_support'), text)),
      optionalText('message', fc.string({ maxLength: 300 })),
      optionalText('subject', text),
      optionalText('state', tweetState),
      optionalText('uri', fc.webUrl()),
    ),
    fc.tuple(direction, capabilities, userData, statusId),
  )
  .map(([id, texts, others]) => {
    const merged = [...texts, ...others].reduce<Piece>((all, piece) => ({ wire: { ...all.wire, ...piece.wire }, tweet: { ...all.tweet, ...piece.tweet } }), nothing);
    return { wire: { id, ...merged.wire }, tweet: { ...merged.tweet, id } };
  });
