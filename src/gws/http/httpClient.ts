import {
  ackSchema,
  meResponseSchema,
  tweetListResponseSchema,
  type Ack,
  type ChannelOperationBody,
  type CreateTweetBody,
  type MeOperationBody,
  type MeResponse,
  type SendTweetBody,
  type TweetList,
  type TweetOperationBody,
} from '../schemas';
import { basicAuthorization } from './basicAuthorization';
import { defaultRequestTimeoutMs, gwsPaths } from './contract';
import { createGwsTransport, type CallOptions } from './gwsTransport';

export interface GwsHttpClientConfig {
  /** GWS base URL, e.g. `https://gws.example:8090`; '' = same origin (relative URLs). */
  baseUrl: string;
  username: string;
  password: string;
  /** Default time allowed per call; 15 s when omitted. */
  timeoutMs?: number;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Called with every tweet list read (`listTweets`), whoever asked for it. */
  onTweetList?: (list: TweetList) => void;
}

export type ChannelState = ChannelOperationBody['operationName'];
export type CreateTweetInput = Omit<CreateTweetBody, 'operationName'>;
export type SendTweetInput = Omit<SendTweetBody, 'operationName'>;

/**
 * GWS API v2 over HTTP. Every operation resolves with the parsed `Ack` (`{statusCode:0}`, with a
 * `referenceId` when GWS gives one) — its outcome arrives later as a notification — and rejects
 * with a GwsError.
 */
export interface GwsHttpClient {
  /** The `Authorization` header value, for the CometD client. */
  readonly authorization: string;
  /** The CSRF request header of the HTTP session (for the CometD client), once GWS has sent one. */
  csrfHeader: () => { name: string; value: string } | undefined;
  getMe(options?: CallOptions): Promise<MeResponse>;
  startContactCenterSession(channels: readonly string[], options?: CallOptions): Promise<Ack>;
  /** Ends the agent's session; GWS invalidates the HTTP session, so cookies and token are forgotten. */
  endContactCenterSession(options?: CallOptions): Promise<Ack>;
  setChannelState(channel: string, state: ChannelState, options?: CallOptions): Promise<Ack>;
  createTweet(input: CreateTweetInput, options?: CallOptions): Promise<Ack>;
  tweetOperation(id: string, body: TweetOperationBody, options?: CallOptions): Promise<Ack>;
  sendTweet(id: string, input: SendTweetInput, options?: CallOptions): Promise<Ack>;
  cancelTweet(id: string, options?: CallOptions): Promise<Ack>;
  /** `GET /api/v2/me/tweets?fields=*`, read tweet by tweet (unreadable ones are listed in `ignored`). */
  listTweets(options?: CallOptions): Promise<TweetList>;
}

export function createGwsHttpClient(config: GwsHttpClientConfig): GwsHttpClient {
  const authorization = basicAuthorization(config.username, config.password);
  const transport = createGwsTransport({
    baseUrl: config.baseUrl,
    authorization,
    timeoutMs: config.timeoutMs ?? defaultRequestTimeoutMs,
    fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  });

  const postMe = (body: MeOperationBody, options?: CallOptions) =>
    transport.call({ method: 'POST', path: gwsPaths.me, body, schema: ackSchema }, options);

  const tweetOperation = (id: string, body: TweetOperationBody, options?: CallOptions) =>
    transport.call({ method: 'POST', path: gwsPaths.tweet(id), body, schema: ackSchema }, options);

  return {
    authorization,
    csrfHeader: () => transport.csrfHeader(),
    getMe: (options) => transport.call({ method: 'GET', path: gwsPaths.meWithSubresources, schema: meResponseSchema }, options),
    startContactCenterSession: (channels, options) =>
      postMe({ operationName: 'StartContactCenterSession', channels: [...channels] }, options),
    async endContactCenterSession(options) {
      const ack = await postMe({ operationName: 'EndContactCenterSession' }, options);
      transport.forgetSession();
      return ack;
    },
    setChannelState(channel, state, options) {
      const body: ChannelOperationBody = { operationName: state };
      return transport.call({ method: 'POST', path: gwsPaths.channel(channel), body, schema: ackSchema }, options);
    },
    createTweet(input, options) {
      const body: CreateTweetBody = { operationName: 'Create', ...input };
      return transport.call({ method: 'POST', path: gwsPaths.tweets, body, schema: ackSchema }, options);
    },
    tweetOperation,
    sendTweet: (id, input, options) => tweetOperation(id, { operationName: 'Send', ...input }, options),
    cancelTweet: (id, options) => tweetOperation(id, { operationName: 'Cancel' }, options),
    async listTweets(options) {
      const list = await transport.call({ method: 'GET', path: gwsPaths.tweetList, schema: tweetListResponseSchema }, options);
      config.onTweetList?.(list);
      return list;
    },
  };
}
