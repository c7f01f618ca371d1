// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { simStats as readSimStats } from '../support/simStats';
import { panelTestSimulator } from './support/panelTestSimulator';
import { simControl } from '../../support/simControl';
import { openSession, panelStates, renderLivePanel, teamListStates } from './support/panelHarness';

// Faults at the app level: every CometD session is dropped while ~1,000 notifications/s
// flow, with a run of notifications lost on top. After recovery the supervisor's panel (fed by the
// team feed) must hold exactly the simulator's own team list: same ids, same states, nothing
// missing, nothing twice.

const loadTweets = 1_800; // 500/s for 3.6 s (Create → Composing + Send → Sent = 1,000 notifications/s); under maxListedTweets (2,000)
const env = panelTestSimulator({ twitterDelayMs: 100 });

const simStats = () => readSimStats(env.sim.url);
const droppedAnswer = z.object({ droppedSessions: z.number() });

const panel = () => screen.getByRole('region', { name: 'Outbound tweets' });
const connection = (name: string) => within(screen.getByRole('banner')).getByRole('status', { name });

/** id → state of every tweet in the panel's query cache (throws on an id seen twice). */
describe('faults at the app level (jsdom panel + simulator)', () => {
  it('all CometD sessions dropped while ~1,000 notifications/s flow (and 200 lost): afterwards the panel equals the simulator list', async () => {
    const supervisor = await openSession(env.sim.url, 'supervisor');
    env.track(supervisor);
    const { queryClient } = renderLivePanel(supervisor);
    await screen.findByText('No outbound tweets yet.', {}, { timeout: 15_000 });

    // A real gap first: the first 200 notifications of the load are lost while the session is alive
    // (the panel cannot know) …
    await simControl(env.sim.url, '/sim/faults', { dropNotifications: 200 });
    await simControl(env.sim.url, '/sim/load', { agents: 20, perSecond: 500, seconds: loadTweets / 500 });
    await expect.poll(async () => (await simStats()).notificationsDropped, { timeout: 15_000, interval: 20 }).toBe(200);
    // … then every CometD session dropped mid-flow: the client gets 402::session_unknown and re-handshakes.
    const dropped = droppedAnswer.parse(await simControl(env.sim.url, '/sim/faults', { dropSessions: true }));
    expect(dropped.droppedSessions).toBeGreaterThanOrEqual(1);
    const atDrop = await simStats();
    expect(atDrop.loadRunning).toBe(true); // the drop happened while the load still ran

    // The load ends; the simulator's own team list: every tweet Sent.
    await expect.poll(async () => (await simStats()).loadRunning, { timeout: 30_000, interval: 100 }).toBe(false);
    let simulatorList: Map<string, string | undefined> = new Map();
    await waitFor(
      async () => {
        simulatorList = await teamListStates(env.sim.url);
        expect([...simulatorList.values()].filter((state) => state === 'Sent')).toHaveLength(loadTweets);
      },
      { timeout: 20_000, interval: 200 },
    );
    expect(simulatorList.size).toBe(loadTweets);

    // The panel converges on exactly that list: same ids, same states, no extra, no duplicate.
    await waitFor(() => expect(panelStates(queryClient)).toEqual(simulatorList), { timeout: 30_000, interval: 200 });
    await within(panel()).findByText(/^1,?800 tweets of the team$/, {}, { timeout: 10_000 });
    // The counts follow within a quarter of a second (useShownCounts).
    expect(await within(panel()).findByRole('button', { name: /^Sent 1,?800$/ })).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: /^Composing 0$/ })).toBeInTheDocument();
    expect(connection('Connection')).toHaveTextContent('Live');
    expect(connection('Team feed')).toHaveTextContent('Live');

    const after = await simStats();
    expect(after.loadTweets).toBe(loadTweets);
    expect(after.notificationsDropped).toBe(200);
    expect(after.sessionsDropped).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
