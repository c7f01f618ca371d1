import { execFileSync, spawn } from 'node:child_process';
import { repoRoot } from '../../test/e2e/support/paths';

export interface ResolvedRef {
  /** As the user gave it (HEAD~1, main…). */
  ref: string;
  commit: string;
}

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

/** The commit a ref names; throws a message for the user when it names none. Git is only read. */
export function resolveRef(ref: string): ResolvedRef {
  const commit = ref.startsWith('-') ? undefined : git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!commit) throw new Error(`--baseline ${ref}: not a commit of this repository (${repoRoot}); give a branch, a tag, a sha or e.g. HEAD~1`);
  return { ref, commit };
}

/** The blob id of a file at a commit, or of the work tree's file (`commit` undefined); undefined when missing. */
export function blobId(path: string, commit?: string): string | undefined {
  return commit === undefined ? git(['hash-object', '--', path]) : git(['rev-parse', '--verify', '--quiet', `${commit}:${path}`]);
}

/** Writes the commit's tree into `dir` (`git archive | tar -x`): no worktree, nothing written to .git. */
export async function exportCommit(commit: string, dir: string): Promise<void> {
  const archive = spawn('git', ['archive', '--format=tar', commit], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-f', '-', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
  archive.stdout.pipe(tar.stdin);
  let errors = '';
  archive.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  tar.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  // Both must have exited: either may close first (reading tar's close alone once took a git still
  // running for a failure, "git null").
  const exited = (child: typeof archive | typeof tar) =>
    new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code) => resolve(code));
    });
  const [archiveCode, tarCode] = await Promise.all([exited(archive), exited(tar)]);
  if (archiveCode !== 0 || tarCode !== 0) throw new Error(`git archive ${commit} | tar -x -C ${dir} failed (git ${archiveCode}, tar ${tarCode}): ${errors.trim()}`);
}
