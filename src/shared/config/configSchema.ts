import * as z from 'zod/mini';
import { defaultTeamFeedChannel, GwsChannel, notificationsPath as defaultNotificationsPath } from '../../gws/channels';
import { consoleUserDataKeys, defaultSupervisorRole, defaultTwitterAccountsSetting, twitterMediaChannel } from '../../gws/http';

/**
 * Schema of `public/config.json`, the runtime configuration read when the console starts.
 * Every message below is written to be shown to the person who edits that file.
 */

/** Error text for a value of the wrong type, and for a required value that is missing. */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `is missing; must be ${what}` : `must be ${what}`);
}

function isEmptyOrHttpUrl(value: string): boolean {
  if (value === '') return true;
  if (!URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

const absolutePath = (what: string) =>
  z.string({ error: expected(`${what} (a string starting with /)`) }).check(z.startsWith('/', 'must start with /'));

/** An absolute path on the console's origin, or an http(s) URL. */
const pathOrHttpUrl = (what: string) =>
  z
    .string({ error: expected(`${what} (a path starting with / or an http(s) URL)`) })
    .check(z.trim(), z.refine((value) => value.startsWith('/') || (value !== '' && isEmptyOrHttpUrl(value)), 'must start with / or be an http(s) URL'));

const nonEmptyText = (what: string) =>
  z.string({ error: expected(what) }).check(z.trim(), z.minLength(1, 'must not be empty'));

export const queueSchema = z.strictObject(
  {
    name: nonEmptyText('the queue name shown to agents'),
    path: absolutePath('the GWS queue path, e.g. "/queues/twitter-outbound"'),
  },
  { error: expected('an object like {"name": "Customer care", "path": "/queues/customer-care"}') },
);

export const runtimeConfigSchema = z.strictObject(
  {
    /** '' = the GWS answers on the same origin as the console (simulator or proxy). */
    gwsBaseUrl: z._default(
      z
        .string({ error: expected('a string') })
        .check(
          z.trim(),
          z.refine(isEmptyOrHttpUrl, 'must be empty (same origin) or an http(s) URL such as "https://gws.example:8090"'),
          z.overwrite((url) => url.replace(/\/+$/, '')),
        ),
      '',
    ),
    notificationsPath: z._default(absolutePath('the CometD endpoint path'), defaultNotificationsPath),
    channel: z._default(absolutePath('the CometD channel for tweets'), GwsChannel.twitter),
    queues: z
      .array(queueSchema, { error: expected('a list of queues like [{"name": …, "path": "/queues/…"}]') })
      .check(z.minLength(1, 'must list at least one queue')),
    /** The live outbound panel (defaults in src/features/outbound/panelSettings.ts). */
    outboundPanel: z.optional(
      z.strictObject(
        {
          /** Most tweets kept in memory; older ones are dropped. */
          maxTweets: z.optional(
            z
              .number({ error: expected('a whole number of tweets') })
              .check(z.int('must be a whole number'), z.gte(100, 'must be at least 100'), z.lte(1_000_000, 'must be at most 1000000')),
          ),
          /** A tweet still Composing after this many seconds is highlighted as stuck. */
          stuckAfterSeconds: z.optional(
            z
              .number({ error: expected('a number of seconds') })
              .check(z.gt(0, 'must be more than 0'), z.lte(86_400, 'must be at most 86400 (a day)')),
          ),
        },
        { error: expected('an object like {"maxTweets": 100000, "stuckAfterSeconds": 30}') },
      ),
    ),
    /** The From accounts to offer when the agent's GWS settings have none (see twitterAccountsSetting). */
    twitterAccounts: z.optional(
      z.array(nonEmptyText('a Twitter account name'), { error: expected('a list of Twitter account names') }),
    ),
    /** Where the agent's From accounts are read in GWS's `user.settings`: a comma-separated list. */
    twitterAccountsSetting: z._default(
      z.strictObject(
        {
          section: nonEmptyText('the settings section, e.g. "interaction-workspace"'),
          key: nonEmptyText('the option name, e.g. "twitter.from-accounts"'),
        },
        { error: expected('an object like {"section": "interaction-workspace", "key": "twitter.from-accounts"}') },
      ),
      { ...defaultTwitterAccountsSetting },
    ),
    /** The media channel name in StartContactCenterSession and /api/v2/me/channels/{name}. */
    mediaChannel: z._default(nonEmptyText('the GWS media channel name of Twitter, e.g. "twitter"'), twitterMediaChannel),
    /** The GWS role that opens the supervisor view. */
    supervisorRole: z._default(nonEmptyText('a GWS role name, e.g. "ROLE_SUPERVISOR"'), defaultSupervisorRole),
    /**
     * [ours] The team feed a supervisor's dashboard reads (README "Team feed"): absent, a supervisor
     * sees their own tweets only, as GWS gives them.
     */
    teamFeed: z.optional(
      z.strictObject(
        {
          url: pathOrHttpUrl('the team feed\'s CometD endpoint, e.g. "/team-feed/cometd"'),
          listUrl: pathOrHttpUrl('the team feed\'s list URL, e.g. "/team-feed/tweets"'),
          channel: z._default(absolutePath('the team feed\'s channel'), defaultTeamFeedChannel),
        },
        { error: expected('an object like {"url": "/team-feed/cometd", "listUrl": "/team-feed/tweets"}') },
      ),
    ),
    /** The userData key the console writes the sending agent's user name into (Create). */
    agentUserDataKey: z._default(nonEmptyText('a userData key, e.g. "ConsoleAgent"'), consoleUserDataKeys.agent),
  },
  { error: expected('a JSON object') },
);

export type RuntimeConfig = z.output<typeof runtimeConfigSchema>;
export type QueueConfig = z.output<typeof queueSchema>;

/** One thing wrong in the config file: where (a dotted path such as "queues.0.path") and what. */
export interface ConfigProblem {
  field: string;
  message: string;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(whole file)' : path.map(String).join('.');
}

/** Turns zod issues into problems that name the field; unknown fields are named one by one. */
export function describeConfigIssues(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldName([...issue.path, key]), message: 'is not a known field (misspelt?)' }))
      : [{ field: fieldName(issue.path), message: issue.message }],
  );
}

export type ParsedConfig = { ok: true; config: RuntimeConfig } | { ok: false; problems: ConfigProblem[] };

export function parseRuntimeConfig(data: unknown): ParsedConfig {
  const result = runtimeConfigSchema.safeParse(data);
  return result.success ? { ok: true, config: result.data } : { ok: false, problems: describeConfigIssues(result.error.issues) };
}
