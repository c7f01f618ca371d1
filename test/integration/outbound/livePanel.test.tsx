// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { panelTestSimulator } from './support/panelTestSimulator';
import { control, renderLivePanel } from './support/panelHarness';
import { createDraftAs, queuePath } from './support/tweetsThroughSession';

// The live panel in jsdom against the real simulator: REST through the app's http client, CometD
// through the app's notification client.

const env = panelTestSimulator({ twitterDelayMs: 150 });

const signIn = env.signIn;


function panel(): HTMLElement {
  return screen.getByRole('region', { name: 'Outbound tweets' });
}

async function rowWithText(text: string): Promise<HTMLElement> {
  const message = await within(panel()).findByText(text, {}, { timeout: 5_000 });
  const row = message.closest('article');
  if (!row) throw new Error(`"${text}" is not inside a row`);
  return row;
}

describe('the live outbound panel (jsdom + simulator)', () => {
  it('shows a Send appear as Composing and turn Sent, with the profile image, the times and an openable userData table', async () => {
    const session = await signIn('agent1');
    renderLivePanel(session);
    expect(await screen.findByText('No outbound tweets yet.')).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('status', { name: 'Connection' }).textContent).toContain('Live');

    const id = await createDraftAs(session, { CaseId: 'C-7' });
    const draft = await within(panel()).findByRole('article', { name: /Composing/ });
    expect(within(draft).getByText('(no text yet)')).toBeTruthy();
    expect(within(draft).getByRole('button', { name: 'Cancel draft' })).toBeTruthy();

    await session.http.sendTweet(id, { queuePath, twitter: { from: 'gc_support', message: 'Your parcel is on its way 📦' } });
    const row = await rowWithText('Your parcel is on its way 📦');
    await waitFor(() => expect(within(row).getByText('Sent', { selector: '.state-badge' })).toBeTruthy(), { timeout: 5_000 });

    expect(row.getAttribute('aria-labelledby')).toBeTruthy();
    expect(within(panel()).getByRole('article', { name: /GC Support.*@gc_support.*Sent/ })).toBe(row);
    const image = within(row).getByRole('img', { name: '@gc_support profile image' });
    expect(image.getAttribute('src')).toBe(`${env.sim.url}/sim/avatars/gc_support.svg`);
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(row.textContent).toContain('From @gc_support');
    // The agent's own list: the signed-in user, never the SMS application named in _umsInboundIxnSubmittedBy.
    expect(row.textContent).toContain('Agent agent1');
    expect(row.textContent).not.toContain('esv_smsrv_sim');
    expect(row.textContent).toMatch(/Composing → Sent in \d/);
    expect(row.textContent).toContain('Follower: no');
    // No Twitter status id is known: no link (GWS's own uri is an internal REST URL, never a link).
    expect(within(row).queryByRole('link')).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Cancel draft' })).toBeNull();

    const toggle = within(row).getByRole('button', { name: /^userData \(\d+\)$/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = within(row).getByRole('table', { name: `userData of tweet ${id}` });
    const cells = within(table).getAllByRole('row').map((tableRow) => tableRow.textContent);
    expect(cells).toEqual(
      expect.arrayContaining(['CaseIdC-7', '_umsInboundIxnSubmittedByesv_smsrv_sim', `_twitterUserImageURL${env.sim.url}/sim/avatars/gc_support.svg`]),
    );
    // GWS userData values are any JSON: a null is shown as null, a nested key/value list as a nested table.
    expect(cells).toContain('RRequestedSkillsnull');
    const nested = within(table).getByRole('rowheader', { name: 'RStrategyContext' }).closest('tr');
    expect(nested?.querySelector('table')?.textContent).toBe('RTenantEnvironmentRStrategyNameTwitter Outbound');
  });

  it('cancels a Composing draft from its row; the row turns Canceled', async () => {
    const session = await signIn('agent2');
    renderLivePanel(session);
    await createDraftAs(session, { CaseId: 'C-7' });
    const draft = await within(panel()).findByRole('article', { name: /Composing/ }, { timeout: 5_000 });

    await userEvent.click(within(draft).getByRole('button', { name: 'Cancel draft' }));

    await within(panel()).findByRole('article', { name: /Canceled/ }, { timeout: 5_000 });
    expect(within(panel()).queryByRole('button', { name: 'Cancel draft' })).toBeNull();
  });

  it('counts 200 malformed notifications as ignored (last reason on expand) and keeps updating', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const session = await signIn('agent1');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');

    for (let i = 0; i < 200; i += 1) {
      const data = i % 4 === 0 ? 'not an object' : i % 4 === 1 ? { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { state: 'Sent' } } : i % 4 === 2 ? { messageType: 42 } : { messageType: 'SomethingElse' };
      await control(env.sim.url, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data });
    }
    const notice = await within(panel()).findByText('200 notifications ignored', {}, { timeout: 5_000 });
    await userEvent.click(notice);
    expect(notice.closest('details')?.textContent).toContain('Last reason: unknown messageType "SomethingElse"');
    // Logged with a reason, at most 10 lines a second (+ a summary line per second of overflow).
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines[0]).toBe('[outbound] ignored a notification: not a JSON object — "not an object"');
    expect(lines.filter((line) => line.startsWith('[outbound] ignored a notification:')).length).toBeLessThan(200);
    warn.mockRestore();

    const id = await createDraftAs(session, { CaseId: 'C-7' });
    await session.http.sendTweet(id, { queuePath, twitter: { from: 'gc_sales', message: 'Still live after the junk' } });
    const row = await rowWithText('Still live after the junk');
    await waitFor(() => expect(within(row).getByText('Sent', { selector: '.state-badge' })).toBeTruthy(), { timeout: 5_000 });
  });

  it('goes Offline with a Reconnect button; after Reconnect, tweets sent meanwhile appear (the list is read again)', async () => {
    const session = await signIn('agent3');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');
    const connection = () => within(screen.getByRole('banner')).getByRole('status', { name: 'Connection' });

    await session.notifications.disconnect();
    await waitFor(() => expect(connection().textContent).toContain('Offline'));
    const sentMeanwhile = await session.http.createTweet({ queuePath });
    expect(sentMeanwhile.referenceId).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(within(panel()).queryByRole('article')).toBeNull();

    await userEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Reconnect' }));
    await waitFor(() => expect(connection().textContent).toContain('Live'), { timeout: 5_000 });
    expect(await within(panel()).findByRole('article', { name: /Composing/ }, { timeout: 5_000 })).toBeTruthy();
    expect(within(screen.getByRole('banner')).queryByRole('button', { name: 'Reconnect' })).toBeNull();
  });

  it('hides inbound tweets until "Show inbound tweets" is on', async () => {
    const session = await signIn('agent1');
    renderLivePanel(session);
    await screen.findByText('No outbound tweets yet.');
    const inbound = { id: 'INBOUND000000001', state: 'Invited', twitterType: 'Inbound', message: 'A customer asks for help' };
    await control(env.sim.url, '/sim/publish', { user: 'agent1', channel: '/v2/me/twitter', data: { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: inbound } });
    await waitFor(() => expect(screen.getByText(/^Last notification/)).toBeTruthy());
    expect(within(panel()).queryByText('A customer asks for help')).toBeNull();

    const toggle = within(panel()).getByRole('switch', { name: 'Show inbound tweets' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(toggle);
    const row = await rowWithText('A customer asks for help');
    expect(within(row).getByText('Inbound')).toBeTruthy();
    expect(within(row).getByText('Invited', { selector: '.state-badge' })).toBeTruthy();
  });
});
