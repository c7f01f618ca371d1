// The panel must unmount before its sessions disconnect: the automatic cleanup runs after this file's hooks.
// eslint-disable-next-line testing-library/no-manual-cleanup -- see above
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { GwsSession } from '../../../../src/shared/session/GwsSessionContext';
import { startSimulator, type RunningSimulator } from '../../../../src/simulator/testing';
import { simControl } from '../../../support/simControl';
import { disconnectSession, giveTheListALayout, openSession, useNodeTransportForCometD } from './panelHarness';

export interface PanelTestSimulator {
  /** The file's simulator (started in beforeAll). */
  readonly sim: RunningSimulator;
  /** A signed-in session (REST + CometD) closed after the test. */
  signIn: (userName: string) => Promise<GwsSession>;
  /** Closes this session after the test too. */
  track: (session: GwsSession) => GwsSession;
}

/**
 * The hooks every panel test file shares: one simulator per file; per test a list layout for the
 * virtualizer, and afterwards the DOM cleaned, sessions disconnected and the simulator reset.
 */
export function panelTestSimulator(options: { twitterDelayMs: number }): PanelTestSimulator {
  let sim: RunningSimulator | undefined;
  let sessions: GwsSession[] = [];
  let restoreLayout = () => {};
  const current = (): RunningSimulator => {
    if (!sim) throw new Error('the simulator is not started yet (use it inside a test)');
    return sim;
  };

  beforeAll(async () => {
    useNodeTransportForCometD();
    sim = await startSimulator(options);
  });
  afterAll(async () => {
    await sim?.close();
  });
  beforeEach(() => {
    restoreLayout = giveTheListALayout();
  });
  afterEach(async () => {
    cleanup();
    restoreLayout();
    await Promise.all(sessions.map(disconnectSession));
    sessions = [];
    await simControl(current().url, '/sim/reset');
  });

  const track = (session: GwsSession): GwsSession => {
    sessions.push(session);
    return session;
  };
  return {
    get sim() {
      return current();
    },
    signIn: async (userName) => track(await openSession(current().url, userName)),
    track,
  };
}
