/**
 * The wire-contract choices the HTTP client depends on (see /work/shared/gws-twitter-api.md).
 * [doc] = stated by Genesys; [ours] = our decision where the docs are silent. A real GWS that
 * differs changes this file only.
 */

/** Resource paths, relative to the GWS base URL. */
export const gwsPaths = {
  /** [doc] the agent; also the cheapest GET that hands out a CSRF token. */
  me: '/api/v2/me',
  /** [doc] the agent with settings; the `twitterAccounts` setting is [ours, simulator]. */
  meWithSubresources: '/api/v2/me?subresources=*',
  /** [doc] agent state on a media channel; the channel name `twitter` is [ours]. */
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

/** [ours] the media channel name of Twitter in StartContactCenterSession and /me/channels. */
export const twitterMediaChannel = 'twitter';
