import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { defaultSupervisorRole } from '../gws/http/contract';
import { describeZodError, type TwitterAccount } from '../gws/schemas';
import { stableDigits } from './stableIds';
import { screenNamePattern } from './twitterAccounts';

/**
 * The supervisor role [doc: GWS role names, https://docs.genesys.com/Documentation/HTCC/8.5.2/API/UsersResource]:
 * the only users the team feed serves [ours] (teamFeed/). GWS's own channels and list stay the user's own.
 */
export const supervisorRole = defaultSupervisorRole;

/** A Twitter account of a users file: a Twitter screen name and, optionally, a name to show. */
export const simTwitterAccountSchema = z.object({
  screenName: z.string().check(z.regex(screenNamePattern)),
  displayName: z.optional(z.string()),
});

/** One entry of a users file (`--users file.json`, SIM_USERS_FILE or the `users` option). */
export const simUserInputSchema = z.object({
  userName: z.string().check(z.minLength(1)),
  password: z.string(),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
  twitterAccounts: z.optional(z.array(simTwitterAccountSchema)),
});
export const simUsersFileSchema = z.array(simUserInputSchema).check(z.minLength(1));
export type SimUserInput = z.infer<typeof simUserInputSchema>;

export interface SimUser {
  id: string;
  userName: string;
  password: string;
  firstName: string;
  lastName: string;
  roles: string[];
  /** The accounts this user may send `from`. */
  twitterAccounts: TwitterAccount[];
  supervisor: boolean;
}

export const defaultUsers: readonly SimUserInput[] = [
  {
    userName: 'agent1', password: 'password', firstName: 'Alice', lastName: 'Agent', roles: ['ROLE_AGENT'],
    twitterAccounts: [
      { screenName: 'gc_support', displayName: 'GC Support' },
      { screenName: 'gc_sales', displayName: 'GC Sales' },
    ],
  },
  {
    userName: 'agent2', password: 'password', firstName: 'Bob', lastName: 'Agent', roles: ['ROLE_AGENT'],
    twitterAccounts: [{ screenName: 'gc_care', displayName: 'GC Care' }],
  },
  {
    userName: 'agent3', password: 'password', firstName: 'Carol', lastName: 'Agent', roles: ['ROLE_AGENT'],
    twitterAccounts: [{ screenName: 'gc_news', displayName: 'GC News' }],
  },
  {
    userName: 'supervisor', password: 'password', firstName: 'Sam', lastName: 'Supervisor',
    roles: ['ROLE_AGENT', supervisorRole], twitterAccounts: [],
  },
];

/** Completes an input entry: a stable 32-hex id (GWS user ids look like that), defaults for the rest. */
export function toSimUser(input: SimUserInput): SimUser {
  const roles = input.roles ?? ['ROLE_AGENT'];
  return {
    id: stableDigits(`user:${input.userName}`, 32, 16),
    userName: input.userName,
    password: input.password,
    firstName: input.firstName ?? input.userName,
    lastName: input.lastName ?? '',
    roles,
    twitterAccounts: input.twitterAccounts ?? [],
    supervisor: roles.includes(supervisorRole),
  };
}

/** Reads and validates a users file; throws with a readable message when it does not fit. */
export function readUsersFile(path: string): SimUserInput[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read users file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = simUsersFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Users file ${path} is not valid: ${describeZodError(parsed.error)}`);
  }
  return parsed.data;
}

export interface UserDirectory {
  readonly all: readonly SimUser[];
  byName(userName: string): SimUser | undefined;
  /** The user for these credentials, or undefined. */
  verify(userName: string, password: string): SimUser | undefined;
}

export function createUserDirectory(inputs: readonly SimUserInput[]): UserDirectory {
  const users = inputs.map(toSimUser);
  const byName = new Map(users.map((u) => [u.userName, u]));
  if (byName.size !== users.length) throw new Error('Users must have distinct userNames');
  return {
    all: users,
    byName: (userName) => byName.get(userName),
    verify(userName, password) {
      const user = byName.get(userName);
      return user && user.password === password ? user : undefined;
    },
  };
}
