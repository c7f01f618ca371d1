import { afterEach } from 'vitest';
import type { SignedIn } from '../../../src/features/session/signIn';
import type { RunningSimulator } from '../../../src/simulator/testing';
import { simControl } from '../../support/simControl';
import { startedPerFile } from '../../support/startedPerFile';
import { renderComposeForm, uniqueMessage, type ComposeForm } from '../compose/composeForm';
import { signInAgent, startTestSimulator, tearDown } from './consoleHarness';

export interface SendThrough {
  username: string;
  /** One of the agent's accounts. */
  from: string;
  /** The fetch in front of the app's GWS HTTP client (where a test breaks the network). */
  fetchThrough: typeof fetch;
  confirmTimeoutMs: number;
}

export interface ComposeSimulator {
  /** The file's simulator (a short "Twitter" delay). */
  readonly sim: RunningSimulator;
  /**
   * Signs the agent in through `fetchThrough` (signed out after the test), resets the simulator's
   * counts so that only this test's operations count, renders the compose form and presses Send on
   * a new message.
   */
  sendThrough(options: SendThrough): Promise<{ form: ComposeForm; text: string }>;
}

/** The compose form's tests: one simulator per file, one signed-in agent per test. */
export function composeSimulator(): ComposeSimulator {
  const current = startedPerFile('the simulator', () => startTestSimulator(), (sim) => sim.close());
  let signedIn: SignedIn | undefined;
  afterEach(async () => {
    await tearDown(signedIn);
    signedIn = undefined;
  });
  return {
    get sim() {
      return current();
    },
    async sendThrough({ username, from, fetchThrough, confirmTimeoutMs }) {
      signedIn = await signInAgent(current(), username, fetchThrough);
      await simControl(current(), '/sim/reset');
      const form = renderComposeForm(current(), signedIn, confirmTimeoutMs);
      const text = uniqueMessage();
      await form.fill(text, from);
      await form.user.click(form.sendButton);
      return { form, text };
    },
  };
}
