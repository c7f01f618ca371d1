import { createGwsTransport, type CallOptions } from '../http/gwsTransport';
import { defaultRequestTimeoutMs } from '../http/contract';
import { teamTweetListSchema, type TeamTweetList } from './teamFeedSchemas';

export interface TeamFeedListConfig {
  /** The list URL, absolute or relative to the page (resolved by the caller). */
  listUrl: string;
  /** The supervisor's `Authorization` header (GwsHttpClient.authorization). */
  authorization: string;
  fetch?: typeof fetch;
}

/** Reads the team feed's list (`GET listUrl`): the roster and every team tweet, item by item. */
export function createTeamTweetListReader(config: TeamFeedListConfig): (options?: CallOptions) => Promise<TeamTweetList> {
  const transport = createGwsTransport({
    baseUrl: '',
    authorization: config.authorization,
    timeoutMs: defaultRequestTimeoutMs,
    fetch: config.fetch ?? ((input, init) => fetch(input, init)),
  });
  return (options) => transport.call({ method: 'GET', path: config.listUrl, schema: teamTweetListSchema }, options);
}
