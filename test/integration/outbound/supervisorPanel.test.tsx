// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { simControl } from '../../support/simControl';
import { testConfig } from '../../support/testConfig';
import { panelTestSimulator } from './support/panelTestSimulator';
import { openSession, renderLivePanel, teamListStates } from './support/panelHarness';
import { queuePath, sendAs } from './support/tweetsThroughSession';

// The supervisor's view of the team (through the simulator's team feed) in jsdom against the real simulator.

const env = panelTestSimulator({ twitterDelayMs: 100 });

const signIn = env.signIn;

const panel = () => screen.getByRole('region', { name: 'Outbound tweets' });
const summary = () => within(panel()).getByText(/tweets? of the team$/);
/** The tweet table's rows (the first row of the grid is its header). */
const tweetRows = () => within(within(panel()).getByRole('grid')).getAllByRole('row').slice(1);
const stateFilter = (label: string) => within(panel()).getByRole('button', { name: new RegExp(`^${label} [\\d,]+$`) });

async function loadFinished(expectedSent: number): Promise<void> {
  await waitFor(
    async () => {
      const states = [...(await teamListStates(env.sim.url)).values()];
      expect(states.filter((state) => state === 'Sent')).toHaveLength(expectedSent);
    },
    { timeout: 10_000, interval: 100 },
  );
}

describe('the supervisor view (jsdom + simulator)', () => {
  it('after the sessions are dropped, tweets whose notifications were lost appear after the re-handshake, and notification-only ones stay', async () => {
    const supervisor = await signIn('supervisor');
    renderLivePanel(supervisor);
    await screen.findByText('No outbound tweets yet.');
    expect(within(panel()).getByRole('switch', { name: 'Supervisor view' })).toBeChecked();

    // Tweets the panel knows only from a team feed notification (they are in no list).
    const publishLiveOnly = (id: string, message: string) => {
      const twitter = { id, state: 'Composing', twitterType: 'Outbound', message };
      const notification = { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter };
      return simControl(env.sim, '/sim/publish', { user: 'supervisor', teamFeed: true, data: { agent: { userName: 'agent3' }, notification } });
    };
    await publishLiveOnly('LIVEONLY00000001', 'Known only from a notification');
    await within(panel()).findByText('Known only from a notification');

    // The gap: every notification is lost while three agents send 30 tweets.
    await simControl(env.sim, '/sim/faults', { dropNotifications: 1_000_000 });
    await simControl(env.sim, '/sim/load', { agents: 3, perSecond: 60, seconds: 0.5 });
    await loadFinished(30);
    // /sim/publish is never dropped: once the panel shows this one, any load notification that had
    // got through (published before it) would be in the panel too.
    await publishLiveOnly('LIVEONLY00000002', 'Published after the load');
    await within(panel()).findByText('Published after the load');
    // The counts follow the rows within a quarter of a second (useShownCounts).
    await waitFor(() => expect(summary()).toHaveTextContent(/^2 tweets of the team$/));

    await simControl(env.sim, '/sim/faults', { dropNotifications: 0, dropSessions: true });
    await waitFor(() => expect(summary()).toHaveTextContent(/^32 tweets of the team$/), { timeout: 10_000 });
    expect(within(screen.getByRole('banner')).getByRole('status', { name: 'Team feed' })).toHaveTextContent('Live');
    expect(stateFilter('Sent')).toHaveTextContent(/^Sent 30$/);
    expect(stateFilter('Composing')).toHaveTextContent(/^Composing 2$/);
    expect(within(panel()).getByText(/^Load tweet #30 from loadagent3/)).toBeInTheDocument();

    await userEvent.type(within(panel()).getByRole('searchbox', { name: 'Search' }), 'known only');
    await waitFor(() => expect(summary()).toHaveTextContent(/^Showing 1 of 32 tweets of the team$/));
    expect(within(panel()).getByText('Known only from a notification')).toBeInTheDocument();
  });

  it('Pause holds new tweets behind an "N new" badge; Resume shows them all', async () => {
    const supervisor = await signIn('supervisor');
    const agent = await signIn('agent1');
    renderLivePanel(supervisor);
    await screen.findByText('No outbound tweets yet.');
    await sendAs(agent, 'gc_support', 'Before the pause');
    await within(panel()).findByText('Before the pause');

    await userEvent.click(within(panel()).getByRole('button', { name: 'Pause live updates' }));
    await sendAs(agent, 'gc_sales', 'During the pause');
    await sendAs(agent, 'gc_support', 'Also during the pause');
    // Both are held (counted) once the badge says so: nothing of them may show before Resume.
    expect(await within(panel()).findByText('2 new', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(panel()).queryByText('During the pause')).not.toBeInTheDocument();
    expect(summary()).toHaveTextContent(/^1 tweet of the team$/);
    // Where "Live" was: the list is not live while paused.
    expect(within(screen.getByRole('banner')).getByRole('status', { name: 'Team feed' })).toHaveTextContent('Paused — 2 new');

    await userEvent.click(within(panel()).getByRole('button', { name: 'Resume live updates' }));
    expect(await within(panel()).findByText('During the pause')).toBeInTheDocument();
    expect(within(panel()).getByText('Also during the pause')).toBeInTheDocument();
    expect(within(panel()).queryByText('2 new')).not.toBeInTheDocument();
    expect(stateFilter('Sent')).toHaveTextContent(/^Sent 3$/);
  });

  it('marks failures and lists them alone, highlights stuck drafts, and filters by account and agent', async () => {
    const supervisor = await signIn('supervisor');
    const agent1 = await signIn('agent1');
    const agent2 = await signIn('agent2');
    renderLivePanel(supervisor, testConfig({ outboundPanel: { stuckAfterSeconds: 1 } }));
    await screen.findByText('No outbound tweets yet.');
    await sendAs(agent1, 'gc_support', 'From support');
    await sendAs(agent2, 'gc_care', 'From care');
    await simControl(env.sim, '/sim/faults', { failNext: { errorMessage: 'Status is a duplicate.', operationName: 'Send' } });
    await sendAs(agent1, 'gc_sales', 'Rejected by Twitter');
    await agent2.http.createTweet({ queuePath }); // a draft nobody sends

    await waitFor(() => expect(stateFilter('Error')).toHaveTextContent(/^Error 1$/), { timeout: 5_000 });
    await waitFor(() => expect(stateFilter('Stuck')).toHaveTextContent(/^Stuck 1$/), { timeout: 5_000 });
    const failed = within(panel()).getByRole('row', { name: /Error: Status is a duplicate\./ });
    // Whose it is and its queue (by the configured name), on the row itself.
    expect(failed).toHaveTextContent('agent1');
    expect(failed).toHaveTextContent('Twitter outbound');
    // The row opens in the detail pane: why it failed, whose, on which queue, every userData key.
    await userEvent.click(within(failed).getAllByRole('gridcell')[0] ?? failed);
    const detail = within(panel()).getByRole('region', { name: /selected tweet/ });
    expect(detail).toHaveTextContent('Error: Status is a duplicate.');
    expect(detail).toHaveTextContent('QueueTwitter outbound');
    expect(within(detail).getByRole('table', { name: /userData of tweet/ })).toHaveTextContent('ConsoleAgentagent1');
    await userEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(within(panel()).queryByRole('region', { name: /selected tweet/ })).not.toBeInTheDocument();

    const failedText = failed.textContent;
    await userEvent.click(stateFilter('Error'));
    expect(tweetRows().map((row) => row.textContent)).toEqual([failedText]);
    await userEvent.click(stateFilter('Stuck'));
    const stuck = tweetRows();
    expect(stuck).toHaveLength(1);
    expect(within(stuck[0] ?? document.body).getAllByRole('gridcell')[0]).toHaveTextContent(/^ComposingStuck$/);
    expect(stuck[0]).toHaveTextContent('agent2');
    // The draft is agent2's: its capabilities allow Cancel and Complete, but GWS lets only agent2 act on it.
    expect(within(panel()).queryByRole('button', { name: 'Cancel draft' })).not.toBeInTheDocument();
    // Colour by value: at 1, Stuck is the warning; Error too (1); a state at 0 is neutral.
    expect(stateFilter('Stuck')).toHaveAttribute('data-alarm', 'true');
    expect(stateFilter('Composing')).not.toHaveAttribute('data-alarm');
    await userEvent.click(stateFilter('All'));

    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'From account' }), '@gc_care');
    expect(tweetRows().map((row) => row.textContent)).toEqual([expect.stringContaining('From care')]);
    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'From account' }), 'All accounts');
    // The draft made outside the console (no ConsoleQueue in its userData) is on no known queue.
    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Queue' }), 'Twitter outbound');
    expect(summary()).toHaveTextContent(/^Showing 3 of 4 tweets of the team$/);
    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Queue' }), 'All queues');
    // The team feed names each tweet's agent, from Create on: agent1's sent tweet and rejected draft.
    await userEvent.selectOptions(within(panel()).getByRole('combobox', { name: 'Agent' }), 'agent1');
    expect(summary()).toHaveTextContent(/^Showing 2 of 4 tweets of the team$/);
    // Every agent of the roster is offered, agent3 too, who has sent nothing.
    const agents = within(within(panel()).getByRole('combobox', { name: 'Agent' })).getAllByRole('option').map((option) => option.textContent);
    expect(agents).toEqual(['All agents', 'agent1', 'agent2', 'agent3']);
  });

  it('keeps at most the configured number of tweets and says how many older ones were dropped', async () => {
    const supervisor = await signIn('supervisor');
    renderLivePanel(supervisor, testConfig({ outboundPanel: { maxTweets: 100 } }));
    await screen.findByText('No outbound tweets yet.');

    await simControl(env.sim, '/sim/load', { agents: 5, perSecond: 260, seconds: 0.5 });

    const note = await within(panel()).findByText(/^Showing the newest 100 tweets: 30 older ones were dropped/, {}, { timeout: 10_000 });
    expect(note).toBeInTheDocument();
    await waitFor(() => expect(summary()).toHaveTextContent(/^100 tweets of the team$/));
  });

  it('without a team feed, a supervisor sees their own tweets only, said plainly, and never "the team"', async () => {
    const supervisor = env.track(await openSession(env.sim.url, 'supervisor', undefined, { teamFeed: false }));
    const agent = await signIn('agent1');
    expect(supervisor.team).toBeUndefined();
    renderLivePanel(supervisor);
    await screen.findByText('No outbound tweets yet.');
    expect(within(panel()).getByRole('note')).toHaveTextContent('Your tweets — no team feed is configured, so GWS shows only your own.');
    expect(within(panel()).getByRole('link', { name: 'How to set up a team feed' })).toHaveAttribute('href', '/help/team-feed.html');

    // agent1's tweet goes out; a notification published to the supervisor afterwards comes later on
    // the same channel: once it shows, agent1's would have too.
    await sendAs(agent, 'gc_support', "agent1's tweet");
    const twitter = { id: 'OWNMARKER0000001', state: 'Composing', twitterType: 'Outbound', message: 'Published to the supervisor' };
    await simControl(env.sim, '/sim/publish', { user: 'supervisor', channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter } });
    await within(panel()).findByText('Published to the supervisor');
    expect(within(panel()).queryByText("agent1's tweet")).not.toBeInTheDocument();
    expect(await within(panel()).findByText(/^1 tweet$/)).toBeInTheDocument();
    expect(within(panel()).queryByText(/of the team/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByRole('status', { name: 'Team feed' })).not.toBeInTheDocument();
  });
});
