import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Parent → child: a call (with id, answered) or a one-way message (no id). */
interface Request {
  id?: number;
  method: string;
  args: unknown[];
}

/** Child → parent: an answer to a call, or an event. */
type Reply = { id: number; result?: unknown; error?: string } | { event: string; payload: unknown };

export interface ChildRpc {
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** One-way message (no answer). */
  send(method: string, ...args: unknown[]): void;
  on(event: string, listener: (payload: unknown) => void): void;
  readonly pid: number | undefined;
  /** Asks the child to exit (its `close` handler runs first), then kills it after 10 s. */
  close(): Promise<void>;
}

/**
 * Forks a TypeScript module (run through tsx's loader, with --expose-gc) that calls serveRpc().
 * Benchmark parts run in their own processes so a server, its client and the browser do not
 * share one event loop, and so the parent never gets the global `window` of cometd's Node adapter.
 */
export async function forkRpc(moduleUrl: URL, args: string[] = [], extraExecArgv: string[] = []): Promise<ChildRpc> {
  const child: ChildProcess = fork(fileURLToPath(moduleUrl), args, {
    execArgv: ['--import', import.meta.resolve('tsx'), '--expose-gc', ...extraExecArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const listeners = new Map<string, ((payload: unknown) => void)[]>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('message', (reply: Reply) => {
    if ('event' in reply) {
      listeners.get(reply.event)?.forEach((listener) => listener(reply.payload));
      return;
    }
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
    else waiter?.resolve(reply.result);
  });
  void exited.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error(`child ${moduleUrl.pathname} exited`));
    pending.clear();
  });
  const rpc: ChildRpc = {
    pid: child.pid,
    call<T>(method: string, ...callArgs: unknown[]) {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as T), reject });
        child.send({ id, method, args: callArgs } satisfies Request);
      });
    },
    send(method, ...sendArgs) {
      if (child.connected) child.send({ method, args: sendArgs } satisfies Request);
    },
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    async close() {
      if (child.exitCode === null && child.connected) await rpc.call('close').catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${moduleUrl.pathname} did not start within 60 s`)), 60_000);
    rpc.on('ready', () => {
      clearTimeout(timer);
      resolve();
    });
    void exited.then(() => reject(new Error(`${moduleUrl.pathname} exited before it was ready`)));
  });
  return rpc;
}

export type Handlers = Record<string, (...args: never[]) => unknown>;

/** Child side: answers calls with `handlers`; `close` is always answered, then the process exits. */
export function serveRpc(handlers: Handlers): { emit(event: string, payload: unknown): void } {
  const emit = (event: string, payload: unknown) => process.send?.({ event, payload } satisfies Reply);
  process.on('message', (request: Request) => {
    const handler = (handlers[request.method] ?? (request.method === 'close' ? () => undefined : undefined)) as
      | ((...args: unknown[]) => unknown)
      | undefined;
    const answer = (reply: { result?: unknown; error?: string }) => {
      if (request.id !== undefined) process.send?.({ id: request.id, ...reply } satisfies Reply);
    };
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no handler for ${request.method}`);
        return handler(...request.args);
      })
      .then(
        (result) => {
          answer({ result });
          if (request.method === 'close') setImmediate(() => process.exit(0));
        },
        (error: unknown) => answer({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
  emit('ready', null);
  return { emit };
}
