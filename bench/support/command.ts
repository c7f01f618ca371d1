import { spawn } from 'node:child_process';

/** The last lines of a command's output, for an error message. */
const tail = (output: string, lines = 25) => output.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * Runs a command to completion (stdout and stderr collected, not shown); resolves with its duration
 * in ms, rejects with the end of its output when it exits non-zero or cannot start.
 */
export function runCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-64_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', (error) => reject(new Error(`${command} ${args.join(' ')} did not start: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) ${signal ? `was killed by ${signal}` : `exited with ${code}`}:\n${tail(output)}`));
    });
  });
}
