import type { Locator, Page } from 'playwright-core';
import { simControl, type SimTarget } from '../../support/simControl';

// The team feed (ours, not GWS's: src/gws/teamFeed/teamFeedSchemas.ts, src/simulator/README.md
// "Team feed") as the e2e tests drive it: its envelope, publishing on it, the header's statuses, and a
// supervisor's page served a config.json without it.

/** A Twitter StatusChange notification, as GWS sends it to the agent on `/v2/me/twitter`. */
export function statusChange(twitter: Record<string, unknown>): Record<string, unknown> {
  return { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter };
}

/** The team feed's message: an agent's GWS notification wrapped with the agent. */
export function teamFeedEnvelope(agent: string, notification: unknown): { agent: { userName: string }; notification: unknown } {
  return { agent: { userName: agent }, notification };
}

/** Publishes `data` as it is on the team feed's channel (`/team/twitter`), to every supervisor's team feed session. */
export function publishOnTeamFeed(target: SimTarget, data: unknown): Promise<unknown> {
  return simControl(target, '/sim/publish', { teamFeed: true, data });
}

export type ConnectionName = 'Connection' | 'Team feed';

/** A status of the header: "Connection" (GWS's notifications) or "Team feed". */
export const connectionStatus = (page: Page, name: ConnectionName): Locator => page.getByRole('banner').getByRole('status', { name, exact: true });

/** What a header status says after its name: "Live", "Paused — 1 new", "Reconnecting… (attempt 1)"… */
export async function connectionState(page: Page, name: ConnectionName): Promise<string | undefined> {
  const text = await connectionStatus(page, name).textContent();
  return text?.startsWith(name) ? text.slice(name.length) : text ?? undefined;
}

/**
 * Serves this page the shipped config.json without its `teamFeed` (as a deployment without a team
 * feed has it): the simulator's own answer, body changed, headers kept (the header that tells the
 * sign-in page the simulator is there). `removed()` counts the answers a `teamFeed` was taken from.
 */
export async function serveConfigWithoutTeamFeed(page: Page): Promise<{ removed: () => number }> {
  let removed = 0;
  await page.route(
    (url) => url.pathname === '/config.json',
    async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      const config = JSON.parse(await response.text()) as Record<string, unknown>;
      if ('teamFeed' in config) removed += 1;
      delete config.teamFeed;
      return route.fulfill({ response, body: JSON.stringify(config) });
    },
  );
  return { removed: () => removed };
}
