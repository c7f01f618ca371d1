import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTwitterAccountsSetting } from '../../src/gws/http/contract';
import { meResponseSchema, userSettingOf } from '../../src/gws/schemas';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { RestClient } from './support/restClient';

const dir = mkdtempSync(join(tmpdir(), 'gws-sim-users-'));
const sims: RunningSimulator[] = [];
const { section, key } = defaultTwitterAccountsSetting;

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function started(options: Parameters<typeof startSimulator>[0]): Promise<RunningSimulator> {
  const sim = await startSimulator(options);
  sims.push(sim);
  return sim;
}

describe('GET /api/v2/me', () => {
  it('answers the documented user resource; no settings without subresources', async () => {
    const sim = await started({});
    const plain = await new RestClient(sim.url, 'agent1').get('/api/v2/me');
    const me = meResponseSchema.parse(plain.json);
    const id = me.user.id;
    // [doc] https://docs.genesys.com/Documentation/HTCC/latest/API/InterpretingaResponse
    expect(plain.json).toEqual({
      statusCode: 0,
      user: {
        id, userName: 'agent1', firstName: 'Alice', lastName: 'Agent', roles: ['ROLE_AGENT'], enabled: true,
        changePasswordOnFirstLogin: false, uri: `${sim.url}/api/v2/users/${id}`, path: `/users/${id}`,
      },
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('with subresources=*: the accounts in user.settings (sections of string options), no top-level settings', async () => {
    const sim = await started({});
    const full = await new RestClient(sim.url, 'agent1').get('/api/v2/me?subresources=*');
    const me = meResponseSchema.parse(full.json);
    expect(full.json).not.toHaveProperty('settings');
    expect(userSettingOf(me.user, section, key)).toBe('gc_support,gc_sales');
    expect(userSettingOf(me.user, 'htcc', 'roles')).toBe('Agent');
    expect(me.user.settings).toMatchObject({ [section]: { 'twitter.auto-answer': 'false', 'privilege.twitter.can-use': 'true' } });
    const values = Object.values(me.user.settings ?? {}).flatMap((options: unknown): unknown[] => (typeof options === 'object' && options !== null ? Object.values(options) : []));
    expect(values.every((value) => typeof value === 'string')).toBe(true);

    const supervisor = meResponseSchema.parse((await new RestClient(sim.url, 'supervisor').get('/api/v2/me?subresources=*')).json);
    expect(userSettingOf(supervisor.user, section, key)).toBeUndefined();
    expect(supervisor.user.roles).toContain('ROLE_SUPERVISOR');
  });
});

describe('users file', () => {
  it('replaces the default users', async () => {
    const file = join(dir, 'users.json');
    writeFileSync(file, JSON.stringify([{ userName: 'kim', password: 's3cret', twitterAccounts: [{ screenName: 'kim_tw' }, { screenName: 'kim_news' }] }]));
    const sim = await started({ usersFile: file });
    const kim = meResponseSchema.parse((await new RestClient(sim.url, 'kim', 's3cret').get('/api/v2/me?subresources=*')).json);
    expect(kim.user.userName).toBe('kim');
    expect(userSettingOf(kim.user, section, key)).toBe('kim_tw,kim_news');
    expect((await new RestClient(sim.url, 'agent1').get('/api/v2/me')).status).toBe(401);
  });

  it('refuses to start with an invalid file, saying why', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ userName: 'kim' }]));
    await expect(startSimulator({ usersFile: file })).rejects.toThrow(/bad\.json is not valid: 0\.password/);
    await expect(startSimulator({ usersFile: join(dir, 'missing.json') })).rejects.toThrow(/Cannot read users file/);
    const comma = join(dir, 'comma.json');
    writeFileSync(comma, JSON.stringify([{ userName: 'kim', password: 'x', twitterAccounts: [{ screenName: 'a,b' }] }]));
    await expect(startSimulator({ usersFile: comma })).rejects.toThrow(/comma\.json is not valid: 0\.twitterAccounts\.0\.screenName/);
  });
});
