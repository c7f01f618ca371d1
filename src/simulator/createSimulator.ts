import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApi } from './apiHandler';
import { createPublishBudget } from './control/publishBudget';
import { statusError, writeJson } from './http/respond';
import { createLoadGenerator } from './load';
import { resolveOptions, type SimulatorOptions } from './options';
import { handleControl, type ControlDeps } from './routes/control';
import { createSimulatorContext } from './simulatorContext';
import { handleTeamFeed } from './teamFeed/teamFeedHandler';
import { teamFeedPaths } from './teamFeed/teamFeedPaths';
import type { UserDirectory } from './users';

export { usersFileFromEnv, type SimulatorOptions } from './options';

export interface GwsSimulator {
  /**
   * Connect-style middleware: /api/* (GWS), /team-feed/* (the team feed, ours) and /sim/* (control);
   * anything else goes to next() (or 404 without next).
   */
  handle(request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void): void;
  readonly users: UserDirectory;
  /** Stops everything: CometD sessions and servers (GWS's and the team feed's), timers, load. Idempotent. */
  close(): void;
}

function pathAndQuery(url: string | undefined): { path: string; query: URLSearchParams } {
  const parsed = new URL(url ?? '/', 'http://simulator.invalid');
  return { path: parsed.pathname, query: parsed.searchParams };
}

const isUnder = (path: string, root: string) => path === root || path.startsWith(`${root}/`);
const ownedRoots = ['/api', teamFeedPaths.root, '/sim'];

/** A GWS simulator instance (src/simulator/README.md). All state lives in this instance. */
export function createSimulator(options: SimulatorOptions = {}): GwsSimulator {
  const resolved = resolveOptions(options);
  const ctx = createSimulatorContext(resolved);
  const load = createLoadGenerator(ctx);
  const control: ControlDeps = {
    ctx,
    load,
    maxBodyBytes: resolved.maxBodyBytes,
    publishBudget: createPublishBudget({ publishesPerSecond: resolved.maxPublishesPerSecond, bytesPerSecond: resolved.maxPublishBytesPerSecond }),
  };
  let closed = false;

  function fail(response: ServerResponse, error: unknown): void {
    resolved.logError('request failed', error);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const outcome = statusError(4, 'Internal simulator error');
    writeJson(response, outcome.status, outcome.body);
  }

  return {
    users: ctx.users,
    handle(request, response, next) {
      const { path, query } = pathAndQuery(request.url);
      let work: Promise<void> | undefined;
      if (closed && ownedRoots.some((root) => isUnder(path, root))) {
        writeJson(response, 503, { statusCode: 4, statusMessage: 'Simulator closed' });
        return;
      }
      if (isUnder(path, '/sim')) work = handleControl(control, request, response, path);
      else if (isUnder(path, '/api')) work = handleApi(ctx, request, response, path, query, resolved.maxBodyBytes);
      else if (isUnder(path, teamFeedPaths.root)) work = handleTeamFeed(ctx, request, response, path, resolved.maxBodyBytes);
      if (work) {
        work.catch((error: unknown) => fail(response, error));
        return;
      }
      if (next) next();
      else writeJson(response, 404, { statusCode: 6, statusMessage: 'Not found' });
    },
    close() {
      if (closed) return;
      closed = true;
      load.stop();
      ctx.timers.clearAll();
      ctx.notifier.close();
      ctx.teamFeed.close();
    },
  };
}
