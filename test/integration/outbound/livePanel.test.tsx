// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { markerData, simControl } from '../../support/simControl';
import { panelTestSimulator } from './support/panelTestSimulator';
import { renderLivePanel } from './support/panelHarness';
import { createDraftAs, queuePath } from './support/tweetsThroughSession';

// The live panel in jsdom against the real simulator: REST through the app's http client, CometD
// through the app's notification client.

const env = panelTestSimulator({ twitterDelayMs: 150 });

const signIn = env.signIn;

function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Outbound tweets' });
}

/** The row (an article of the panel's feed) that shows `text`. */
function rowWithText(text: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const row = within(panel()).queryAllByRole('article').find((article) => within(article).queryByText(text) !== null);
      if (!row) throw new Error(`no row shows "${text}"`);
      return row;
    },
    { timeout: 5_000 },
  );
}

describe('the live outbound panel (jsdom + simulator)', () => {
  it('shows a Send appear as Composing and turn Sent, with the profile image, the times and an openable userData table', async () => {
    const session = await signIn('agent1');
    renderLivePanel(session);
    expect(await screen.findByText('No outbound tweets yet.')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('status', { name: 'Connection' })).toHaveTextContent('Live');

    const id = await createDraftAs(session, { CaseId: 'C-7' });
    const draft = await within(panel()).findByRole('article', { name: /Composing/ });
    expect(within(draft).getByText('(no text yet)')).toBeInTheDocument();
    expect(within(draft).getByRole('button', { name: 'Cancel draft' })).toBeInTheDocument();

    await session.http.sendTweet(id, { queuePath, twitter: { from: 'gc_support', message: 'Your parcel is on its way 📦' } });
    const row = await rowWithText('Your parcel is on its way 📦');
    await waitFor(() => expect(row).toHaveAccessibleName(/Sent$/), { timeout: 5_000 });

    expect(within(panel()).getByRole('article', { name: /GC Support.*@gc_support.*Sent/ })).toBe(row);
    const image = within(row).getByRole('img', { name: '@gc_support profile image' });
    expect(image).toHaveAttribute('src', `${env.sim.url}/sim/avatars/gc_support.svg`);
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(row).toHaveTextContent('From @gc_support');
    // The agent's own list: the signed-in user, never the SMS application named in _umsInboundIxnSubmittedBy.
    expect(row).toHaveTextContent('Agent agent1');
    expect(row).not.toHaveTextContent('esv_smsrv_sim');
    expect(row).toHaveTextContent(/Composing → Sent in \d/);
    expect(row).toHaveTextContent('Follower: no');
    // No Twitter status id is known: no link (GWS's own uri is an internal REST URL, never a link).
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Cancel draft' })).not.toBeInTheDocument();

    const toggle = within(row).getByRole('button', { name: /^userData \(\d+\)$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(row).getByRole('table', { name: `userData of tweet ${id}` });
    const cells = within(table).getAllByRole('row').map((tableRow) => tableRow.textContent);
    expect(cells).toEqual(
      expect.arrayContaining(['CaseIdC-7', '_umsInboundIxnSubmittedByesv_smsrv_sim', `_twitterUserImageURL${env.sim.url}/sim/avatars/gc_support.svg`]),
    );
    // GWS userData values are any JSON: a null is shown as null, a nested key/value list as a nested table.
    expect(cells).toContain('RRequestedSkillsnull');
    const nested = within(table).getByRole('row', { name: /^RStrategyContext/ });
    expect(within(nested).getByRole('table')).toHaveTextContent(/^RTenantEnvironmentRStrategyNameTwitter Outbound$/);
  });

  it('cancels a Composing draft from its row; the row turns Canceled', async () => {
    const session = await signIn('agent2');
    renderLivePanel(session);
    await createDraftAs(session, { CaseId: 'C-7' });
    const draft = await within(panel()).findByRole('article', { name: /Composing/ }, { timeout: 5_000 });

    await userEvent.click(within(draft).getByRole('button', { name: 'Cancel draft' }));

    await within(panel()).findByRole('article', { name: /Canceled/ }, { timeout: 5_000 });
    expect(within(panel()).queryByRole('button', { name: 'Cancel draft' })).not.toBeInTheDocument();
  });

  it('counts 200 malformed notifications as ignored (last reason on expand) and keeps updating', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = await signIn('agent1');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');

    for (let i = 0; i < 200; i += 1) {
      const data = i % 4 === 0 ? 'not an object' : i % 4 === 1 ? { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { state: 'Sent' } } : i % 4 === 2 ? { messageType: 42 } : { messageType: 'SomethingElse' };
      await simControl(env.sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data });
    }
    const notice = await within(panel()).findByText('200 notifications ignored', {}, { timeout: 5_000 });
    await userEvent.click(notice);
    const reason = within(panel()).getByText(/Last reason:/);
    expect(reason).toBeVisible();
    expect(reason).toHaveTextContent('Last reason: unknown messageType "SomethingElse"');
    // Logged with a reason, at most 10 lines a second (+ a summary line per second of overflow).
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines[0]).toBe('[outbound] ignored a notification: not a JSON object — "not an object"');
    expect(lines.filter((line) => line.startsWith('[outbound] ignored a notification:')).length).toBeLessThan(200);
    warn.mockRestore();

    const id = await createDraftAs(session, { CaseId: 'C-7' });
    await session.http.sendTweet(id, { queuePath, twitter: { from: 'gc_sales', message: 'Still live after the junk' } });
    const row = await rowWithText('Still live after the junk');
    await waitFor(() => expect(row).toHaveAccessibleName(/Sent$/), { timeout: 5_000 });
  });

  it('goes Offline with a Reconnect button; after Reconnect, tweets sent meanwhile appear (the list is read again)', async () => {
    const session = await signIn('agent3');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');
    const connection = () => within(screen.getByRole('banner')).getByRole('status', { name: 'Connection' });

    await session.notifications.disconnect();
    await waitFor(() => expect(connection()).toHaveTextContent('Offline'));
    const sentMeanwhile = await session.http.createTweet({ queuePath });
    expect(sentMeanwhile.referenceId).toBeGreaterThan(0);
    // Create's notification was published right after its answer; a marker published to agent3 now
    // reaches no session, so neither did it: the panel cannot have been told of the tweet.
    expect(await simControl(env.sim, '/sim/publish', { user: 'agent3', channel: '/v2/me/twitter', data: markerData() })).toMatchObject({ delivered: 0 });
    expect(within(panel()).queryByRole('article')).not.toBeInTheDocument();

    await userEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(connection()).toHaveTextContent('Live'), { timeout: 5_000 });
    expect(await within(panel()).findByRole('article', { name: /Composing/ }, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Reconnect' })).not.toBeInTheDocument();
  });

  it('hides inbound tweets until "Show inbound tweets" is on', async () => {
    const session = await signIn('agent1');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');
    const inbound = { id: 'INBOUND000000001', state: 'Invited', twitterType: 'Inbound', message: 'A customer asks for help' };
    await simControl(env.sim, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: inbound } });
    expect(await screen.findByText(/^Last notification/)).toBeInTheDocument();
    expect(within(panel()).queryByText('A customer asks for help')).not.toBeInTheDocument();

    const toggle = within(panel()).getByRole('switch', { name: 'Show inbound tweets' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    const row = await rowWithText('A customer asks for help');
    expect(row).toHaveAccessibleName(/InvitedInbound$/);
  });

  it('a draft made before the panel opened shows "Composing before HH:MM" (its start is unknown), not "now"', async () => {
    const earlier = await signIn('agent1');
    await createDraftAs(earlier, { CaseId: 'C-8' });
    const session = await signIn('agent1');
    renderLivePanel(session);
    // The only tweet: the draft, known from the panel's first list read.
    const row = await within(panel()).findByRole('article');
    expect(row).toHaveTextContent(/Composing before \d{1,2}:\d{2}/);
    expect(row).not.toHaveTextContent(/Composing now|just now/i);
  });
});
