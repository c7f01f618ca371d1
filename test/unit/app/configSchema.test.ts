import { describe, expect, it } from 'vitest';
import { parseRuntimeConfig } from '../../../src/shared/config/configSchema';
import { match } from '../../asymmetricMatchers';

const oneQueue = [{ name: 'Twitter outbound', path: '/queues/twitter-outbound' }];

describe('runtime config schema', () => {
  it('fills in same-origin GWS, the notifications path, the Twitter channel and the GWS names when only queues are given', () => {
    expect(parseRuntimeConfig({ queues: oneQueue })).toEqual({
      ok: true,
      config: {
        gwsBaseUrl: '',
        notificationsPath: '/api/v2/notifications',
        channel: '/v2/me/twitter',
        queues: oneQueue,
        twitterAccountsSetting: { section: 'interaction-workspace', key: 'twitter.from-accounts' },
        mediaChannel: 'twitter',
        supervisorRole: 'ROLE_SUPERVISOR',
        agentUserDataKey: 'ConsoleAgent',
      },
    });
  });

  it('takes the deployment-specific GWS names, and names a blank one', () => {
    const deployed = {
      queues: oneQueue,
      twitterAccountsSetting: { section: 'social', key: 'twitter.accounts' },
      mediaChannel: 'social-twitter',
      supervisorRole: 'ROLE_TEAM_LEAD',
      agentUserDataKey: 'SentByAgent',
    };
    expect(parseRuntimeConfig(deployed)).toMatchObject({ ok: true, config: deployed });
    expect(parseRuntimeConfig({ queues: oneQueue, mediaChannel: ' ' })).toEqual({ ok: false, problems: [{ field: 'mediaChannel', message: 'must not be empty' }] });
    expect(parseRuntimeConfig({ queues: oneQueue, twitterAccountsSetting: { section: 'social' } })).toMatchObject({
      ok: false,
      problems: [{ field: 'twitterAccountsSetting.key' }],
    });
  });

  it('keeps an https GWS URL (without a trailing slash) and the configured From accounts', () => {
    const parsed = parseRuntimeConfig({ gwsBaseUrl: 'https://gws.example:8090/', queues: oneQueue, twitterAccounts: ['@acme'] });
    expect(parsed).toMatchObject({ ok: true, config: { gwsBaseUrl: 'https://gws.example:8090', twitterAccounts: ['@acme'] } });
  });

  it.each(['ftp://gws.example', 'gws.example:8090', 'javascript:alert(1)'])('rejects the non-http GWS URL %s', (gwsBaseUrl) => {
    const parsed = parseRuntimeConfig({ gwsBaseUrl, queues: oneQueue });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => problem.field)).toEqual(['gwsBaseUrl']);
  });

  it('names the queue whose path does not start with /', () => {
    const parsed = parseRuntimeConfig({ queues: [...oneQueue, { name: 'Care', path: 'queues/care' }] });
    expect(parsed).toEqual({ ok: false, problems: [{ field: 'queues.1.path', message: 'must start with /' }] });
  });

  it('names a missing queue list and an empty one', () => {
    expect(parseRuntimeConfig({})).toMatchObject({ ok: false, problems: [{ field: 'queues', message: match.stringMatching(/^is missing/) }] });
    expect(parseRuntimeConfig({ queues: [] })).toEqual({
      ok: false,
      problems: [{ field: 'queues', message: 'must list at least one queue' }],
    });
  });

  it('rejects a channel that does not start with /', () => {
    expect(parseRuntimeConfig({ channel: 'v2/me/twitter', queues: oneQueue })).toEqual({
      ok: false,
      problems: [{ field: 'channel', message: 'must start with /' }],
    });
  });

  it('names misspelt fields instead of silently ignoring them', () => {
    expect(parseRuntimeConfig({ gwsBaseURL: 'https://gws.example', queues: oneQueue })).toEqual({
      ok: false,
      problems: [{ field: 'gwsBaseURL', message: 'is not a known field (misspelt?)' }],
    });
  });

  it('says the whole file is wrong when it is not a JSON object', () => {
    expect(parseRuntimeConfig([oneQueue])).toEqual({ ok: false, problems: [{ field: '(whole file)', message: 'must be a JSON object' }] });
  });

  it('accepts the live panel settings and names a bad one', () => {
    expect(parseRuntimeConfig({ queues: oneQueue, outboundPanel: { maxTweets: 5000, stuckAfterSeconds: 12.5 } })).toMatchObject({
      ok: true,
      config: { outboundPanel: { maxTweets: 5000, stuckAfterSeconds: 12.5 } },
    });
    expect(parseRuntimeConfig({ queues: oneQueue, outboundPanel: { maxTweets: 10, stuckAfterSecs: 3 } })).toEqual({
      ok: false,
      problems: [
        { field: 'outboundPanel.maxTweets', message: 'must be at least 100' },
        { field: 'outboundPanel.stuckAfterSecs', message: 'is not a known field (misspelt?)' },
      ],
    });
  });

  it('reads a team feed (channel /team/twitter unless given) and names a bad URL; absent, there is none', () => {
    const teamFeed = { url: '/team-feed/cometd', listUrl: 'https://feed.example/team/tweets' };
    expect(parseRuntimeConfig({ queues: oneQueue, teamFeed })).toMatchObject({ ok: true, config: { teamFeed: { ...teamFeed, channel: '/team/twitter' } } });
    expect(parseRuntimeConfig({ queues: oneQueue })).not.toHaveProperty('config.teamFeed');
    expect(parseRuntimeConfig({ queues: oneQueue, teamFeed: { ...teamFeed, url: 'team-feed' } })).toEqual({
      ok: false,
      problems: [{ field: 'teamFeed.url', message: 'must start with / or be an http(s) URL' }],
    });
  });
});
