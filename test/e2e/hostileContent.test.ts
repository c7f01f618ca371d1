import type { Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { match } from '../asymmetricMatchers';
import { simControl } from '../support/simControl';
import type { PageProblems } from './support/browser';
import { signInThroughForm } from './support/signIn';
import { appInChromium } from './support/appInChromium';
import { connectionStatus, publishOnTeamFeed, teamFeedEnvelope } from './support/teamFeed';

// Hostile content from Twitter (anyone on the internet writes it) and malformed notifications, in
// Chromium with the production build and its Content-Security-Policy, in the supervisor's panel, which
// the team feed fills (every agent's GWS notification wrapped with the agent: support/teamFeed.ts):
// - ≥ 50 payloads (HTML/script in messages, names, agents' user names and userData values, nested ones
//   too; javascript:/data: URLs in the profile image, the tweet's uri and its status id; bidi overrides;
//   1 MB strings; 10,000 userData keys; __proto__/constructor keys) published as valid team feed
//   messages around valid TwitterStateChangeMessage notifications: rendered as inert text, no script
//   runs (no dialog, no injected global, no console error), links and images only for http(s), long
//   values clipped with the full text reachable, the panel stays live.
// - 1,000 malformed team feed messages (bad envelopes, and good envelopes around malformed
//   notifications) while real tweets flow: the panel keeps updating and counts them.
//
// Small payloads go through /sim/publish (teamFeed). The simulator's control API takes at most 64 KiB
// per body, so the 1 MB and 10,000-key payloads are spliced into a team feed CometD answer by the test
// (page.route): the app receives them exactly as it would from a team feed service.

const env = appInChromium({ twitterDelayMs: 30 });

/** A serialised body as-is (for own `__proto__` keys, which an object literal cannot carry). */
async function publishJson(json: string): Promise<void> {
  const response = await fetch(new URL('/sim/publish', env.app.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json });
  if (response.status !== 200) throw new Error(`/sim/publish ${json.slice(0, 200)} answered HTTP ${response.status}`);
}

/** The team feed's channel (config.json `teamFeed.channel`), which carries the supervisor's panel. */
const teamChannel = '/team/twitter';

/** The supervisor, signed in: GWS's connection and the team feed's Live. */
async function signInAsSupervisor(page: Page): Promise<Locator> {
  const panel = await signInThroughForm(page, env.app.url, 'supervisor');
  await connectionStatus(page, 'Connection').filter({ hasText: 'Live' }).waitFor({ timeout: 10_000 });
  await connectionStatus(page, 'Team feed').filter({ hasText: 'Live' }).waitFor({ timeout: 10_000 });
  return panel;
}

interface HostileTweet {
  id: string;
  state?: string;
  message: string;
  uri?: string;
  twitterMsgId?: string;
  /** Any JSON, as GWS userData values are (text, numbers, null, nested key/value lists). */
  userData: Record<string, unknown>;
}

function notification(twitter: HostileTweet | Record<string, unknown>): Record<string, unknown> {
  return { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { state: 'Sent', twitterType: 'Outbound', from: 'gc_support', capabilities: [], ...twitter } };
}

/** A tweet as the team feed carries it: the agent's notification, wrapped with the agent (agent1 unless a case names another). */
function teamMessage(twitter: HostileTweet | Record<string, unknown>, agent = 'agent1'): Record<string, unknown> {
  return teamFeedEnvelope(agent, notification(twitter));
}

const inject1 = 'window.__pwned=1';
const markupPayloads = [
  `<img src=x onerror=${inject1}>`,
  `<script>${inject1}</script>`,
  `"><svg onload=${inject1}>`,
  `'><svg/onload=${inject1}//`,
  `\${${inject1}}`,
  `\`\${${inject1}}\``,
  `{{constructor.constructor('${inject1}')()}}`,
  `<iframe src="javascript:${inject1}"></iframe>`,
  `<a href="javascript:${inject1}">click me</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${inject1}>`,
  `<style>*{display:none}</style>`,
  `<details open ontoggle=${inject1}>`,
  `<body onload=${inject1}>`,
  `<object data="data:text/html,<script>${inject1}</script>"></object>`,
  `&lt;script&gt;${inject1}&lt;/script&gt;`,
  `<!--<img src="--><img src=x onerror=${inject1}//">`,
  `<svg><script>${inject1}</script></svg>`,
  `<input autofocus onfocus=${inject1}>`,
  `\u202Egnp.exe\u202C \u2066isolate\u2069 \u202Bembed\u202C \u200Frtl-mark \u2067\u2068 unbalanced`,
  `javascript:${inject1}`,
];
const urlPayloads = [
  `javascript:${inject1}`,
  `JaVaScRiPt:${inject1}`,
  `   javascript:${inject1}`,
  `\tjava\nscript:${inject1}`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${inject1}"/>`,
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.invalid/x.png',
  'blob:http://127.0.0.1/0f0f0f0f',
];

type Check = { kind: 'text'; payload: string } | { kind: 'state'; payload: string } | { kind: 'userData'; key: string; payload: string } | { kind: 'url' };
interface Case {
  tweet: HostileTweet;
  /** The agent's user name in the team feed's envelope (agent1 when absent). */
  agent?: string;
  marker: string;
  check: Check;
  /** Through page.route (over the control API's 64 KiB limit). */
  large?: boolean;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  const next = () => {
    const n = cases.length;
    return { id: `HOSTILE${String(n).padStart(9, '0')}`, marker: `[hostile-${n}]` };
  };
  for (const payload of markupPayloads) {
    let { id, marker } = next();
    cases.push({ tweet: { id, message: `${marker} ${payload}`, userData: {} }, marker, check: { kind: 'text', payload } });
    ({ id, marker } = next());
    cases.push({ tweet: { id, message: `${marker} in the name`, userData: { _twitterUserName: payload, _twitterUserScreenName: 'evil' } }, marker, check: { kind: 'text', payload } });
    ({ id, marker } = next());
    cases.push({ tweet: { id, message: `${marker} in userData`, userData: { note: payload } }, marker, check: { kind: 'userData', key: 'note', payload } });
    ({ id, marker } = next());
    const nested = { inner: payload, list: [payload, null], [payload]: true };
    cases.push({ tweet: { id, message: `${marker} nested in userData`, userData: { note: nested } }, marker, check: { kind: 'userData', key: 'note', payload } });
    // The team feed's service names the agent: shown as "Agent …" in the row and in the Agent filter.
    ({ id, marker } = next());
    cases.push({ tweet: { id, message: `${marker} in the agent's name`, userData: {} }, agent: payload, marker, check: { kind: 'text', payload } });
  }
  for (const url of urlPayloads) {
    let { id, marker } = next();
    cases.push({ tweet: { id, message: `${marker} image URL`, userData: { _twitterUserImageURL: url, _twitterUserScreenName: 'evil' } }, marker, check: { kind: 'url' } });
    ({ id, marker } = next());
    cases.push({ tweet: { id, message: `${marker} tweet link`, uri: url, userData: {} }, marker, check: { kind: 'url' } });
    ({ id, marker } = next());
    cases.push({ tweet: { id, message: `${marker} status id`, twitterMsgId: url, userData: { _twitterMsgId: url } }, marker, check: { kind: 'url' } });
  }
  for (const state of [`<img src=x onerror=${inject1}>`, `Weird${'\u202E'}state ${'<b>long</b> '.repeat(500)}`]) {
    const { id, marker } = next();
    cases.push({ tweet: { id, state, message: `${marker} state as it came`, userData: {} }, marker, check: { kind: 'state', payload: state } });
  }
  const megabyte = 'A long message. <b>bold?</b> '.repeat(37_000).slice(0, 1_048_576);
  let { id, marker } = next();
  cases.push({ tweet: { id, message: `${marker} ${megabyte}`, userData: {} }, marker, check: { kind: 'text', payload: megabyte.slice(0, 1000) }, large: true });
  ({ id, marker } = next());
  cases.push({ tweet: { id, message: `${marker} 1 MB name`, userData: { _twitterUserName: `<i>${megabyte}` } }, marker, check: { kind: 'text', payload: `<i>${megabyte.slice(0, 1000)}` }, large: true });
  ({ id, marker } = next());
  cases.push({ tweet: { id, message: `${marker} 1 MB userData value`, userData: { big: megabyte } }, marker, check: { kind: 'userData', key: 'big', payload: megabyte }, large: true });
  ({ id, marker } = next());
  const manyKeys: Record<string, string> = {};
  for (let k = 0; k < 10_000; k += 1) manyKeys[`key${k}`] = `<b>value ${k}</b>`;
  cases.push({ tweet: { id, message: `${marker} 10,000 userData keys`, userData: manyKeys }, marker, check: { kind: 'userData', key: 'key9999', payload: '<b>value 9999</b>' }, large: true });
  return cases;
}

const cases = buildCases();
/** __proto__ / constructor / prototype as own keys of twitter and userData (serialised by hand). */
const protoMarker = `[hostile-${cases.length}]`;
const protoJson = `{"teamFeed":true,"data":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"agent":{"userName":"agent1","__proto__":{"polluted":"yes"}},"notification":{"messageType":"TwitterStateChangeMessage","notificationType":"StatusChange","__proto__":{"polluted":"yes"},"twitter":{"id":"HOSTILEPROTO","state":"Sent","twitterType":"Outbound","message":"${protoMarker} prototype keys","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"userData":{"__proto__":"polluted","constructor":"polluted","prototype":"polluted","hasOwnProperty":"polluted","toString":"polluted"}}}}}`;
const payloadCount = cases.length + 1;

/** Links and images that are not http(s), and any element a payload could have smuggled in (run in the page). */
function unsafeElements(element: Element): string[] {
  return [
    ...[...element.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '(no href)').filter((href) => !/^https?:\/\//.test(href)),
    ...[...element.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '(no src)').filter((src) => !/^https?:\/\//.test(src)),
    ...[...element.querySelectorAll('script, style, iframe, object, embed, svg, math, input, details[ontoggle], [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 100)),
  ];
}

// Every test of this group reads the one panel the payloads were published to (in beforeAll, which
// is slow: ~120 notifications, four of them 1 MB); each leaves its search as it found it.
describe('hostile content in the live panel (supervisor, team feed, Chromium, production CSP)', () => {
  let page: Page;
  let problems: PageProblems;
  let panel: Locator;
  const dialogs: string[] = [];
  /** Team feed messages the route handler adds to the next team feed CometD answer that carries one. */
  const pendingLarge: unknown[] = [];
  const tweetGrid = () => panel.getByRole('grid', { name: 'Outbound tweets' });
  /** The table's tweet rows (not its header row). */
  const tweetRows = () => tweetGrid().getByRole('row').filter({ has: page.getByRole('gridcell') });
  /** The selected tweet, beside the table. */
  const detail = () => panel.getByRole('region', { name: /selected tweet/ });

  beforeAll(async () => {
    console.log(`hostile payloads: ${payloadCount} (${cases.filter((c) => c.large).length} large ones through page.route)`);
    ({ page, problems } = await env.browser.newPage());
    await page.setViewportSize({ width: 1280, height: 1000 });
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // The notification worker as a dedicated Worker (the fallback where SharedWorker is missing): the
    // same worker script and code, and Playwright routes a dedicated worker's requests, not a shared one's.
    await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'SharedWorker'));
    await page.route(
      (url) => url.pathname.startsWith('/team-feed/cometd'),
      async (route: Route) => {
        // Every answer goes through here (one already in flight may be the one to carry them), with no
        // timeout: a long-poll is held up to 30 s, route.fetch's default timeout.
        const response = await route.fetch({ timeout: 0 });
        const body = await response.text();
        if (pendingLarge.length === 0 || !body.includes(teamChannel)) return route.fulfill({ response, body });
        const messages = JSON.parse(body) as unknown[];
        messages.push(...pendingLarge.splice(0).map((data) => ({ channel: teamChannel, data })));
        return route.fulfill({ response, body: JSON.stringify(messages) });
      },
    );
    panel = await signInAsSupervisor(page);
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([match.stringMatching(/^\/assets\/notificationWorker-.+\.js$/)]);

    const small = cases.filter((c) => !c.large);
    for (let at = 0; at < small.length; at += 20) {
      await Promise.all(small.slice(at, at + 20).map((c) => publishOnTeamFeed(env.app, teamMessage(c.tweet, c.agent))));
    }
    await publishJson(protoJson);
    pendingLarge.push(...cases.filter((c) => c.large).map((c) => teamMessage(c.tweet, c.agent)));
    await publishOnTeamFeed(env.app, teamMessage({ id: 'CARRIER0000000001', message: 'carrier of the large payloads', userData: {} }));
  });
  afterAll(async () => {
    await page?.unrouteAll({ behavior: 'ignoreErrors' });
    await page?.context().close();
  });

  it(`${payloadCount} payloads are published and listed`, async () => {
    expect(payloadCount).toBeGreaterThanOrEqual(50);
    await expect.poll(() => panel.getByText(/tweets of the team$/).textContent(), { timeout: 20_000 }).toBe(`${payloadCount + 1} tweets of the team`);
    expect(pendingLarge).toEqual([]);
  });

  it('every payload shows as inert text; links and images are http(s) only; nothing runs', async () => {
    const search = panel.getByRole('searchbox', { name: 'Search' });
    for (const c of [...cases, { marker: protoMarker, check: { kind: 'text', payload: `${protoMarker} prototype keys` } as Check }]) {
      await search.fill(c.marker);
      // The row of this marker, alone: until the filter has caught up the previous marker's row is still listed.
      const row = tweetRows().filter({ hasText: c.marker });
      await expect.poll(() => row.count(), { timeout: 5_000, message: c.marker }).toBe(1);
      await expect.poll(() => tweetRows().count(), { timeout: 5_000, message: c.marker }).toBe(1);
      // The row opens beside the table: the whole tweet, as the supervisor reads it.
      await row.getByRole('gridcell').first().click();
      await expect.poll(() => detail().getByText(c.marker).count(), { timeout: 5_000, message: c.marker }).toBeGreaterThan(0);
      if (c.check.kind === 'text') {
        expect(await detail().evaluate((element, payload) => element.textContent?.includes(payload), c.check.payload), c.marker).toBe(true);
      } else if (c.check.kind === 'state') {
        // Shown as text on one line, clipped; the full state is in the DOM.
        const badge = row.locator('.state-badge');
        expect(await badge.textContent(), c.marker).toBe(c.check.payload);
        expect(await badge.evaluate((element) => element.getBoundingClientRect().height), c.marker).toBeLessThan(40);
        expect(await badge.evaluate((element) => element.getBoundingClientRect().width), c.marker).toBeLessThan(400);
        expect(await row.evaluate((element) => element.getBoundingClientRect().height), c.marker).toBe(28);
        const filter = panel.getByRole('group', { name: 'Tweets per state (filter)' }).locator('.state-filter__label', { hasText: c.check.payload.slice(0, 20) });
        expect(await filter.evaluate((element) => element.getBoundingClientRect().width), c.marker).toBeLessThan(400);
      } else if (c.check.kind === 'userData') {
        const cell = detail().getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: c.check.key, exact: true }) });
        await cell.first().waitFor({ timeout: 10_000 });
        expect(await cell.first().evaluate((element, payload) => element.textContent?.includes(payload), c.check.payload), c.marker).toBe(true);
      }
      // In the table and the detail pane: no markup from the payloads, safe links and images only.
      const unsafe = [...(await tweetGrid().evaluate(unsafeElements)), ...(await detail().evaluate(unsafeElements))];
      expect(unsafe, c.marker).toEqual([]);
    }
    await search.fill('');
    expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: unknown }).__pwned, polluted: ({} as { polluted?: unknown }).polluted }))).toEqual({ pwned: undefined, polluted: undefined });
    expect(dialogs).toEqual([]);
  });

  it('a 1 MB message is clipped to a few lines, and "Show all" reveals the whole of it', async () => {
    const search = panel.getByRole('searchbox', { name: 'Search' });
    const big = cases.find((c) => c.large && c.tweet.message.length > 1_000_000);
    if (!big) throw new Error('no 1 MB case');
    await search.fill(big.marker);
    const row = tweetRows();
    await expect.poll(() => row.count()).toBe(1);
    // One line in the table, whatever its length.
    expect(await row.evaluate((element) => element.getBoundingClientRect().height)).toBe(28);
    await row.getByRole('gridcell').first().click();
    const text = detail().locator('.tweet-detail__message .clipped-text');
    const clipped = await text.evaluate((element) => ({ height: element.clientHeight, full: element.scrollHeight, length: element.textContent?.length ?? 0 }));
    expect(clipped.height).toBeLessThan(250);
    expect(clipped.full).toBeGreaterThan(clipped.height);
    expect(clipped.length).toBe(big.tweet.message.length);

    const showAll = detail().getByRole('button', { name: /^Show all \([\d,]+ characters\)$/ });
    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => text.evaluate((element) => element.clientHeight > 10_000)).toBe(true);
    await detail().getByRole('button', { name: 'Show less' }).click();
    await expect.poll(() => text.evaluate((element) => element.clientHeight)).toBeLessThan(250);

    // The 1 MB display name stays on one line.
    const bigName = cases.find((c) => c.large && (c.tweet.userData._twitterUserName?.toString().length ?? 0) > 1_000_000);
    if (!bigName) throw new Error('no 1 MB name case');
    await search.fill(bigName.marker);
    await expect.poll(() => tweetRows().count()).toBe(1);
    await tweetRows().getByRole('gridcell').first().click();
    await expect.poll(() => detail().getByText(bigName.marker).count()).toBe(1);
    expect(await detail().locator('.tweet-detail__name').first().evaluate((element) => element.getBoundingClientRect().height)).toBeLessThan(60);
    await search.fill('');
  });

  it('stays responsive: a normal tweet published afterwards appears; no console error, no page error', async () => {
    const started = Date.now();
    await publishOnTeamFeed(env.app, teamMessage({ id: 'AFTERTHEHOSTILE01', message: 'A normal tweet after the hostile ones', userData: {} }));
    await tweetRows().filter({ hasText: 'A normal tweet after the hostile ones' }).waitFor({ timeout: 5_000 });
    console.log(`normal tweet listed ${Date.now() - started} ms after publishing`);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});

describe('1,000 malformed team feed messages while real tweets flow (supervisor, Chromium)', () => {
  it('the panel keeps updating and says "1,000 notifications ignored"', async () => {
    const { page, problems } = await env.newPage();
    const panel = await signInAsSupervisor(page);
    const tweetCount = async () => Number(/^(\d+)/.exec((await panel.getByText(/tweets? of the team$/).textContent()) ?? '')?.[1] ?? 'NaN');
    const before = await tweetCount();

    const malformed: unknown[] = [
      'not an object',
      42,
      [],
      { messageType: 42 },
      { messageType: 'SomethingElse' },
      { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { state: 'Sent' } },
      { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 7, message: '<img src=x onerror=window.__pwned=1>' } },
      // (A nested userData value is valid GWS data, shown as a nested table: a userData that is no map at all is not.)
      { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: 'X', userData: 'CaseId=7' } },
      { messageType: 'TwitterStateChangeMessage', notificationType: 'StatusChange', twitter: { id: '', state: 'Sent' } },
      { messageType: 'TwitterOperationResponse', referenceId: 'not a number' },
    ];
    // The team feed's own ways to be wrong: an envelope that does not fit, around a valid notification.
    const validInside = notification({ id: 'NEVERLISTED00001', message: 'in a bad envelope: never listed', userData: {} });
    const badEnvelopes: unknown[] = [
      { agent: 'agent1', notification: validInside },
      { agent: { userName: '' }, notification: validInside },
      { agent: { firstName: 'No', lastName: 'Username' }, notification: validInside },
      { notification: validInside },
      validInside,
    ];
    // Half bare (no envelope, or a bad one), half a good envelope around a malformed notification.
    const messageAt = (n: number): unknown =>
      n % 2 === 0 ? [...malformed, ...badEnvelopes][(n / 2) % (malformed.length + badEnvelopes.length)] : teamFeedEnvelope('agent1', malformed[((n - 1) / 2) % malformed.length]);
    // Real tweets flow meanwhile: simulated agents create and send through the normal path.
    await simControl(env.app, '/sim/load', { agents: 3, perSecond: 20, seconds: 4 });
    const started = Date.now();
    for (let at = 0; at < 1_000; at += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => publishOnTeamFeed(env.app, messageAt(at + k))));
    }
    console.log(`1,000 malformed team feed messages published in ${Date.now() - started} ms`);
    await panel.getByText('1,000 notifications ignored').waitFor({ timeout: 15_000 });

    // Still live: the simulated agents' tweets keep arriving, and one published now appears.
    await expect.poll(tweetCount, { timeout: 10_000 }).toBeGreaterThan(before + 40);
    await publishOnTeamFeed(env.app, teamMessage({ id: 'AFTERTHEJUNK00001', message: 'Still live after 1,000 malformed notifications', userData: {} }));
    await panel.getByRole('searchbox', { name: 'Search' }).fill('Still live after 1,000');
    await panel.getByRole('grid').getByRole('row').filter({ hasText: 'Still live after 1,000 malformed notifications' }).waitFor({ timeout: 5_000 });
    expect(await panel.getByText(/notifications? ignored$/).textContent()).toBe('1,000 notifications ignored');
    // A valid notification in a bad envelope changed nothing.
    await panel.getByRole('searchbox', { name: 'Search' }).fill('in a bad envelope');
    await panel.getByText('No tweets match these filters.').waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [] });
  });
});
