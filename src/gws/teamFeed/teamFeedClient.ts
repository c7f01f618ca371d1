import { createGwsTransport, type CallOptions } from '../http/gwsTransport';
import { defaultRequestTimeoutMs } from '../http/contract';
import { GwsError, isGwsError } from '../http/gwsError';
import { teamTweetListSchema, type TeamTweetList } from './teamFeedSchemas';

export interface TeamFeedListConfig {
  /** The list URL, absolute or relative to the page (resolved by the caller). */
  listUrl: string;
  /** The supervisor's `Authorization` header (GwsHttpClient.authorization). */
  authorization: string;
  fetch?: typeof fetch;
}

/** How the team feed names itself in messages: it is not GWS. */
export const teamFeedServer = 'the team feed';

/**
 * Reads the team feed's list (`GET listUrl`): the roster and every team tweet, item by item. A
 * refusal by the team feed is its own ('http'), never 'unauthorized': that kind ends the GWS
 * session, which the team feed cannot speak for.
 */
export function createTeamTweetListReader(config: TeamFeedListConfig): (options?: CallOptions) => Promise<TeamTweetList> {
  const transport = createGwsTransport({
    baseUrl: '',
    authorization: config.authorization,
    timeoutMs: defaultRequestTimeoutMs,
    fetch: config.fetch ?? ((input, init) => fetch(input, init)),
    server: teamFeedServer,
  });
  return async (options) => {
    try {
      return await transport.call({ method: 'GET', path: config.listUrl, schema: teamTweetListSchema }, options);
    } catch (error) {
      if (isGwsError(error, 'unauthorized')) throw new GwsError({ kind: 'http', httpStatus: error.httpStatus, message: error.message, cause: error });
      throw error;
    }
  };
}
