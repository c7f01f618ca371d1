import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/testing';
import { RestClient } from './support/restClient';

const dir = mkdtempSync(join(tmpdir(), 'gws-sim-users-'));
let sim: RunningSimulator | undefined;

afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('users file', () => {
  it('replaces the default users', async () => {
    const file = join(dir, 'users.json');
    writeFileSync(file, JSON.stringify([{ userName: 'kim', password: 's3cret', twitterAccounts: [{ screenName: 'kim_tw' }] }]));
    sim = await startSimulator({ usersFile: file });
    const kim = await new RestClient(sim.url, 'kim', 's3cret').get('/api/v2/me?subresources=*');
    expect(kim.json).toMatchObject({ user: { userName: 'kim' }, settings: { twitterAccounts: [{ screenName: 'kim_tw' }] } });
    expect((await new RestClient(sim.url, 'agent1').get('/api/v2/me')).status).toBe(401);
  });

  it('refuses to start with an invalid file, saying why', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ userName: 'kim' }]));
    await expect(startSimulator({ usersFile: file })).rejects.toThrow(/bad\.json is not valid: 0\.password/);
    await expect(startSimulator({ usersFile: join(dir, 'missing.json') })).rejects.toThrow(/Cannot read users file/);
  });
});
