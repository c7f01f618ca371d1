import { describe, expect, it } from 'vitest';
import { createSignOutBroadcast } from '../../../src/features/session/signOutBroadcast';

describe('createSignOutBroadcast', () => {
  it('another tab hears who signed out; a stranger’s message on the channel is ignored', async () => {
    const name = `test-${Math.random()}`;
    const [here, there] = [createSignOutBroadcast(name), createSignOutBroadcast(name)];
    const heard: string[] = [];
    const stop = there.listen((userName) => heard.push(userName));
    const stranger = new BroadcastChannel(name);
    stranger.postMessage({ type: 'signed-out' });
    here.announce('agent1');
    await expect.poll(() => heard).toEqual(['agent1']);
    stop();
    stranger.close();
  });
});
