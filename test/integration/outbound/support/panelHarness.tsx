import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import { expect } from 'vitest';
import { adapt } from 'cometd-nodejs-client';
import type { RuntimeConfig } from '../../../../src/shared/config/configSchema';
import { RuntimeConfigProvider } from '../../../../src/shared/config/RuntimeConfigContext';
import { createQueryClient } from '../../../../src/shared/services/queryClient';
import { GwsSessionContext, type GwsSession } from '../../../../src/shared/session/GwsSessionContext';
import { LiveConnectionStatus, OutboundPanel } from '../../../../src/features/outbound';
import type { OutboundTweets } from '../../../../src/features/outbound/model/outboundTweets';
import { outboundKeys } from '../../../../src/features/outbound/query/outboundKeys';
import { createNotificationClient } from '../../../../src/gws/cometd';
import { createGwsHttpClient } from '../../../../src/gws/http';
import { signIn } from '../../../../src/features/session/signIn';
import { basicAuthorization } from '../../../../src/gws/http/basicAuthorization';
import { createTeamTweetListReader } from '../../../../src/gws/teamFeed';
import { teamFeedPaths } from '../../../../src/simulator/testing';
import { testConfig } from '../../../support/testConfig';

export { testConfig };

export { giveTheListALayout } from '../../../unit/outbound/support/listLayout';

// The panel is lazy and the simulator runs in the same process: on a loaded 2-core machine the
// first render can take longer than testing-library's default 1 s.
configure({ asyncUtilTimeout: 5_000 });

/**
 * jsdom's XMLHttpRequest enforces CORS and the simulator sends no CORS headers: the `cometd`
 * library gets Node's XMLHttpRequest instead (cometd-nodejs-client), as in the other integration
 * tests. REST goes through Node's fetch.
 */
export function useNodeTransportForCometD(): void {
  adapt();
}

/** Reconnect pacing of the notification client (short by default, so the tests run fast). */
export interface SessionBackoff {
  backoffIncrementMs: number;
  maxBackoffMs: number;
}

/**
 * Signs in through the session feature's own `signIn` (GET /me, CometD, StartContactCenterSession),
 * without its UI, with a short reconnect pacing for the tests.
 */
export async function openSession(
  baseUrl: string,
  userName: string,
  backoff: SessionBackoff = { backoffIncrementMs: 100, maxBackoffMs: 500 },
  { teamFeed = true }: { teamFeed?: boolean } = {},
): Promise<GwsSession> {
  // As the shipped config.json: the simulator's team feed, opened for supervisors only.
  const config = testConfig({ gwsBaseUrl: baseUrl, ...(teamFeed ? { teamFeed: { url: `${baseUrl}${teamFeedPaths.cometd}`, listUrl: `${baseUrl}${teamFeedPaths.tweets}` } } : {}) });
  const { session } = await signIn(config, { username: userName, password: 'password' }, {
    createHttpClient: createGwsHttpClient,
    loadNotificationClient: () => Promise.resolve((options) => createNotificationClient({ ...options, ...backoff })),
    pageUrl: baseUrl,
  });
  return session;
}

/** The header indicator and the panel, as the console page shows them. */
export function renderLivePanel(session: GwsSession, config: RuntimeConfig = testConfig()): RenderResult & { queryClient: QueryClient } {
  const queryClient = createQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RuntimeConfigProvider config={config}>
        <GwsSessionContext value={session}>
          <header>
            <LiveConnectionStatus />
          </header>
          <main>
            <OutboundPanel />
          </main>
        </GwsSessionContext>
      </RuntimeConfigProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}

/** Disconnects a session's notification clients (GWS's and the team feed's). */
export async function disconnectSession(session: GwsSession): Promise<void> {
  await Promise.all([session.notifications.disconnect(), session.team?.notifications.disconnect()]);
}

/** The team feed's own list (GET /team-feed/tweets as the supervisor): id → state. */
export async function teamListStates(baseUrl: string): Promise<Map<string, string | undefined>> {
  const readList = createTeamTweetListReader({ listUrl: `${baseUrl}${teamFeedPaths.tweets}`, authorization: basicAuthorization('supervisor', 'password') });
  const { tweets } = await readList();
  return new Map(tweets.map(({ tweet }) => [tweet.id, tweet.state]));
}

/** The supervisor panel's cached tweets, id → state; fails on a tweet listed twice. */
export function panelStates(queryClient: QueryClient): Map<string, string | undefined> {
  const cached = queryClient.getQueriesData<OutboundTweets>({ queryKey: [...outboundKeys.all('supervisor'), 'tweets'] });
  expect(cached).toHaveLength(1);
  const states = new Map<string, string | undefined>();
  cached[0]?.[1]?.entries.forEachNewestFirst((entry) => {
    if (states.has(entry.id)) throw new Error(`tweet ${entry.id} is in the panel twice`);
    states.set(entry.id, entry.tweet.state);
  });
  return states;
}
