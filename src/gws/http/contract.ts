/**
 * The wire-contract choices the HTTP client depends on (see ../CONTRACT.md).
 * [doc] = stated by Genesys; [ours] = our decision where the docs are silent. A real GWS that
 * differs changes this file only.
 */

/** Resource paths, relative to the GWS base URL. */
export const gwsPaths = {
  /** [doc] the agent; also the cheapest GET that hands out a CSRF token. */
  me: '/api/v2/me',
  /** [doc] the agent with its sub-resources (`user.settings`, channels, devices…). */
  meWithSubresources: '/api/v2/me?subresources=*',
  /** [doc] agent state on a media channel (config.json `mediaChannel`). */
  channel: (channel: string) => `/api/v2/me/channels/${encodeURIComponent(channel)}`,
  /** [doc] the tweet collection (Create). */
  tweets: '/api/v2/me/tweets',
  /** [doc] List; the `tweets` wrapper key of the answer is [ours] (see tweetListResponseSchema). */
  tweetList: '/api/v2/me/tweets?fields=*',
  /** [doc] one tweet (Save, Send, Cancel, Complete). */
  tweet: (id: string) => `/api/v2/me/tweets/${encodeURIComponent(id)}`,
} as const;

/** [doc] CSRF protection: any answer may carry the token; every POST/PUT/DELETE sends it back. */
export const csrfContract = {
  /** Answer header whose value is the *name* of the request header to send. */
  headerNameHeader: 'X-CSRF-HEADER',
  /** Answer header carrying the token value. */
  tokenHeader: 'X-CSRF-TOKEN',
  /** Request header name used when an answer carries a token but no X-CSRF-HEADER. */
  defaultRequestHeader: 'X-CSRF-TOKEN',
  /** A refused token: this HTTP status with this body text. */
  rejectionStatus: 403,
  rejectionText: 'Missing or invalid Csrf token',
  /** [ours] the GET used to obtain a fresh token after a refusal. */
  refreshPath: '/api/v2/me',
} as const;

/**
 * [code] Marks every request as script-made (fetch/XHR). Spring-based servers such as GWS then answer
 * a 401 without `WWW-Authenticate: Basic`, so browsers do not pop up their own login dialog over
 * the console's sign-in form.
 */
export const scriptRequestHeader = { name: 'X-Requested-With', value: 'XMLHttpRequest' } as const;

/** [ours] time allowed for one client call (including a CSRF refresh and its retry). */
export const defaultRequestTimeoutMs = 15_000;

/**
 * [ours] the default media channel name of Twitter in StartContactCenterSession and /me/channels:
 * the docs name `voice` and "any valid multimedia channel (email, chat, workitem…)"
 * (https://docs.genesys.com/Documentation/HTCC/latest/API/StartContactCenterSession). config.json
 * `mediaChannel` overrides it.
 */
export const twitterMediaChannel = 'twitter';

/**
 * [ours] Where an agent's Twitter From accounts are read in `user.settings` (GET /api/v2/me?subresources=*):
 * a comma-separated list of screen names. Genesys documents no such option; the section is the one
 * Workspace options live in (`interaction-workspace`, e.g. `email.from-addresses` [code]). config.json
 * `twitterAccountsSetting` overrides both.
 */
export const defaultTwitterAccountsSetting = { section: 'interaction-workspace', key: 'twitter.from-accounts' } as const;

/** [doc] The supervisor role (https://docs.genesys.com/Documentation/HTCC/8.5.2/API/UsersResource); config.json `supervisorRole` overrides it. */
export const defaultSupervisorRole = 'ROLE_SUPERVISOR';

/**
 * [ours] userData the console writes into Create (documented as "the key value data to attach",
 * https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterCreate): who sent the tweet — GWS has
 * no documented key naming the agent of an outbound tweet (`_umsInboundIxnSubmittedBy` is the Social
 * Messaging Server application) — the queue it was created on, and the draft key that finds a draft
 * whose confirmation was lost.
 */
export const consoleUserDataKeys = {
  agent: 'ConsoleAgent',
  draftKey: 'ConsoleDraftKey',
  /**
   * [ours] the queue of the tweet: the `queuePath` of its Create. GWS names no queue on a tweet
   * resource (Create and Send take `queuePath`; no notification or list sample carries it back).
   */
  queue: 'ConsoleQueue',
} as const;

/**
 * [ours, not GWS] The embedded simulator's Vite plugin marks the console's `/config.json` answer with
 * this header, so the sign-in page can name the demo accounts without asking a real deployment for
 * a `/sim` it does not have (a 404 in every browser console).
 */
export const embeddedSimulatorHeader = { name: 'X-GWS-Simulator', value: 'embedded' } as const;
