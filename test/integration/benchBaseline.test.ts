import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobId, exportCommit, resolveRef } from '../../bench/support/gitRef';

/** `npm run bench -- --baseline <ref>`: the git half (the ref resolved, its files exported), against this repository. */
describe('bench --baseline: the ref', () => {
  it('names the commit of a ref, and refuses one that names none before anything is built', () => {
    expect(resolveRef('HEAD')).toEqual({ ref: 'HEAD', commit: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown });
    expect(() => resolveRef('no-such-branch-of-this-repo')).toThrow('--baseline no-such-branch-of-this-repo: not a commit of this repository');
    expect(() => resolveRef('--output=x')).toThrow('not a commit');
  });

  it('exports the commit\'s files into a folder, package-lock.json as committed', async () => {
    const { commit } = resolveRef('HEAD');
    const dir = await mkdtemp(join(tmpdir(), 'gws-tweet-console-bench-test-'));
    try {
      await exportCommit(commit, dir);

      expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))).toMatchObject({ name: 'gws-tweet-console' });
      expect(blobId('package-lock.json', commit)).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
