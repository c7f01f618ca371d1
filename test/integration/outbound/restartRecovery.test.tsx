// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GwsSession } from '../../../src/shared/session/GwsSessionContext';
import { basicAuthorization } from '../../../src/gws/http/basicAuthorization';
import { createTeamTweetListReader } from '../../../src/gws/teamFeed';
import { startSimulator, teamFeedPaths, type RunningSimulator } from '../../../src/simulator/testing';
import { simControl } from '../../support/simControl';
import { simStats } from '../support/simStats';
import { disconnectSession, giveTheListALayout, openSession, panelStates, renderLivePanel, useNodeTransportForCometD } from './support/panelHarness';
import { sendAs } from './support/tweetsThroughSession';

// A GWS restart mid-session at the app level: the simulator goes down for at least 5 s and
// comes back on the same port with no memory (no CometD session, no HTTP session, no tweets). The
// panel says "Reconnecting… (attempt N)", then Live again, without a reload; tweets that simulated
// agents sent on the new instance before the panel's re-handshake appear (the list is read again);
// nothing is shown twice. The app's REST client carries Basic credentials on every call, so a
// restarted GWS simply opens a new HTTP session: Create and Send still work (the stale CSRF token
// is refused once and refreshed) and each reaches the new instance exactly once.

const gapLoad = { agents: 4, perSecond: 100, seconds: 1 }; // 100 tweets right after the restart
let sim: RunningSimulator | undefined;
const sessions: GwsSession[] = [];
let restoreLayout: (() => void) | undefined;

beforeAll(() => {
  useNodeTransportForCometD();
  restoreLayout = giveTheListALayout();
});
afterAll(async () => {
  restoreLayout?.();
  await Promise.all(sessions.map(disconnectSession));
  await sim?.close();
});

const panel = () => screen.getByRole('region', { name: 'Outbound tweets' });
// The supervisor's list is the team feed's: its status is the one that must recover.
const connectionText = () => within(screen.getByRole('banner')).getByRole('status', { name: 'Team feed' }).textContent ?? '';
const reconnectAttempt = () => Number(/Reconnecting… \(attempt (\d+)\)/.exec(connectionText())?.[1] ?? 0);

describe('simulator restart mid-session at the app level (jsdom panel)', () => {
  it('Reconnecting… (attempt N) while down ≥ 5 s, then Live; tweets sent before the re-handshake appear; REST goes on; nothing twice', async () => {
    sim = await startSimulator({ twitterDelayMs: 100 });
    const { port, url } = sim;
    // The supervisor retries every 3 s, so the load below surely runs before its re-handshake.
    const supervisor = await openSession(url, 'supervisor', { backoffIncrementMs: 3_000, maxBackoffMs: 3_000 });
    const agent = await openSession(url, 'agent1');
    sessions.push(supervisor, agent);
    const teamFeed = supervisor.team?.notifications;
    if (!teamFeed) throw new Error('the supervisor has no team feed');
    let reestablishedAt: number | undefined;
    teamFeed.onReestablished(() => (reestablishedAt ??= Date.now()));
    /** When each failed reconnect attempt was reported (what the header shows as "attempt N"). */
    const failedAttempts: { attempt: number; at: number }[] = [];
    teamFeed.onStateChange((state) => {
      if (state.status === 'reconnecting') failedAttempts.push({ attempt: state.attempt, at: Date.now() });
    });
    const { queryClient } = renderLivePanel(supervisor);
    await screen.findByText('No outbound tweets yet.', {}, { timeout: 15_000 });

    const beforeId = await sendAs(agent, 'gc_support', 'Before the restart');
    await waitFor(() => expect(panelStates(queryClient).get(beforeId)).toBe('Sent'), { timeout: 10_000 });

    // Down: the header says Reconnecting with a growing attempt number, for at least 5 s.
    const downAt = Date.now();
    await sim.close();
    sim = undefined;
    await waitFor(() => expect(reconnectAttempt()).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    // Come back right after an attempt that failed 5 s or more into the outage (shown in the header),
    // so the next one is a full backoff (3 s) away.
    await waitFor(
      () => {
        const late = failedAttempts.find(({ at }) => at - downAt >= 5_000);
        expect(late).toBeDefined();
        expect(reconnectAttempt()).toBeGreaterThanOrEqual(late?.attempt ?? Infinity);
      },
      { timeout: 15_000, interval: 20 },
    );
    expect(reconnectAttempt()).toBeGreaterThanOrEqual(2);
    expect(reestablishedAt).toBeUndefined();

    sim = await startSimulator({ port, twitterDelayMs: 100 });
    const restartedAt = Date.now();
    await simControl(sim, '/sim/load', gapLoad);

    // The panel re-handshakes, re-subscribes and re-reads the list by itself: Live again.
    await waitFor(() => expect(connectionText()).toContain('Live'), { timeout: 20_000, interval: 50 });
    expect(reestablishedAt).toBeGreaterThanOrEqual(restartedAt);

    // Every load tweet is Sent on the new instance (its team list).
    const readTeamList = createTeamTweetListReader({ listUrl: `${sim.url}${teamFeedPaths.tweets}`, authorization: basicAuthorization('supervisor', 'password') });
    let simulatorList = new Map<string, string | undefined>();
    let sentBeforeRehandshake = 0;
    await waitFor(
      async () => {
        const tweets = (await readTeamList()).tweets.map((item) => item.tweet);
        expect(tweets.filter((tweet) => tweet.state === 'Sent')).toHaveLength(100);
        simulatorList = new Map(tweets.map((tweet) => [tweet.id, tweet.state]));
        // Each load message carries its creation time: "Load tweet #N from loadagentK at <ISO>".
        sentBeforeRehandshake = tweets.filter((tweet) => {
          const at = / at (\S+)$/.exec(tweet.message ?? '')?.[1];
          return at !== undefined && Date.parse(at) < (reestablishedAt ?? 0);
        }).length;
      },
      { timeout: 20_000, interval: 200 },
    );
    // Some of them were made while the panel had no CometD session (their notifications reached nobody).
    expect(sentBeforeRehandshake).toBeGreaterThanOrEqual(1);

    // The panel: the new instance's list (same ids, same states) plus the tweet from before the
    // restart (known to the panel, forgotten by the simulator), each once.
    const expected = new Map([[beforeId, 'Sent'], ...simulatorList]);
    await waitFor(() => expect(panelStates(queryClient)).toEqual(expected), { timeout: 20_000, interval: 200 });
    // The counts follow within a quarter of a second (useShownCounts).
    expect(await within(panel()).findByRole('button', { name: /^Sent 101$/ })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: /^All 101$/ })).toBeInTheDocument();

    // REST after the restart with the same client (old JSESSIONID, old CSRF token): Basic
    // credentials open a new HTTP session; the stale token is refused once and refreshed.
    await waitFor(() => expect(agent.notifications.getState().status).toBe('connected'), { timeout: 20_000 });
    const afterId = await sendAs(agent, 'gc_sales', 'After the restart');
    const stats = await simStats(sim.url);
    expect(stats.operations).toMatchObject({ Create: 1, Send: 1 });
    expect(stats.csrfRejected).toBeGreaterThanOrEqual(1);
    expect(stats.unauthorized).toBe(0);
    await waitFor(() => expect(panelStates(queryClient).get(afterId)).toBe('Sent'), { timeout: 10_000 });
    expect(panelStates(queryClient).size).toBe(102);
    expect(within(panel()).getByText('After the restart')).toBeInTheDocument();
  }, 90_000);
});
