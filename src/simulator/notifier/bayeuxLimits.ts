/**
 * [ours] What the simulator accepts of a Bayeux (CometD) request before cometd-nodejs-server sees
 * it. cometd-nodejs-server checks nothing (a nested `id` is echoed and overflows the stack when the
 * reply is serialised, inside a timer), so every field it reads or echoes is bounded here.
 * The request body itself is bounded by `maxBodyBytes` (64 KiB by default).
 */
export const bayeuxLimits = {
  /** Messages in one request (the cometd client batches a handful). */
  maxMessagesPerRequest: 50,
  /** Characters of a channel name (`channel`, each `subscription`). */
  maxChannelLength: 200,
  /** Characters of a message `id` (the cometd client sends "1", "2"…). */
  maxIdLength: 64,
  /** Characters of a `clientId` (cometd-nodejs-server makes 40 hex digits). */
  maxClientIdLength: 64,
  /** Channels in one `subscription` list. */
  maxSubscriptionsPerMessage: 32,
  /** Channels one CometD session may be subscribed to at once (more: 403::subscribe_denied). */
  maxSubscriptionsPerSession: 64,
  /** Nesting of arrays/objects in any field value (`data`, `ext`, `advice`…): `[]` is 1, `[[]]` 2. */
  maxValueDepth: 16,
  /** Characters of `version`, `minimumVersion`, `connectionType` and each supported connection type. */
  maxShortStringLength: 64,
  /** Entries of `supportedConnectionTypes`. */
  maxConnectionTypes: 8,
  /** `advice.timeout` / `advice.interval` in ms (the cometd client's handshake says 60,000). */
  maxAdviceMs: 600_000,
} as const;
