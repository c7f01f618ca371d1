import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/testing';
import { ackSchema } from '../../src/gws/schemas';
import type { Received } from './support/notificationListener';
import { answers, channelStateOf, onChannelsChannel, parsed, tweetInState, tweetStateOf } from './support/notifications';
import { RestClient } from './support/restClient';
import { control, createComposing, expectPlainAck, queuePath, referenceIdOf } from './support/tweetFlows';
import { simulatorWithAgent } from './support/simulatorWithAgent';

// Acks and channel-state notifications as the Genesys pages show them, in each of the simulator's
// modes (twitterAcks, channelMessages), read with the app's own parsers.

const env = simulatorWithAgent('agent1', { twitterDelayMs: 10 });

const readyUserState = { state: 'Ready', displayName: 'Ready', id: '9430250E-0A1B-421F-B372-F29E69366DED' };
const notReadyUserState = { state: 'NotReady', displayName: 'Not Ready', id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6' };

/** The next message satisfying `test` that arrives after this call. */
function next(test: (message: Received) => boolean, what: string): Promise<Received> {
  const seen = env.listener.received.length;
  return env.listener.waitFor((message) => env.listener.received.indexOf(message) >= seen && test(message), 5_000, what);
}

describe('default mode: the current pages', () => {
  it('Create, Send, Cancel and Complete answer {"statusCode":0,"referenceId":N}; the notification carries N', async () => {
    const created = await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
    const createRef = referenceIdOf(created);
    expect(created.json).toEqual({ statusCode: 0, referenceId: createRef });
    const composing = tweetStateOf(await env.listener.waitFor(answers(createRef))).tweet;
    const cancel = await env.rest.post(`/api/v2/me/tweets/${composing.id}`, { operationName: 'Cancel' });
    expect(ackSchema.parse(cancel.json)).toEqual({ statusCode: 0, referenceId: referenceIdOf(cancel) });
    expect(tweetStateOf(await env.listener.waitFor(answers(referenceIdOf(cancel)))).tweet.state).toBe('Canceled');
  });

  it('Start, Ready, NotReady and End answer a plain {"statusCode":0}; channel states come without messageType (8.5.0)', async () => {
    const started = next(onChannelsChannel, 'the state after Start');
    expectPlainAck(await env.rest.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['twitter'] }));
    expect((await started).data).toEqual({ channels: [{ channel: 'twitter', userState: notReadyUserState }] });

    const ready = next(onChannelsChannel, 'Ready');
    expectPlainAck(await env.rest.post('/api/v2/me/channels/twitter', { operationName: 'Ready' }));
    const readyMessage = await ready;
    // [doc] https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0
    expect(readyMessage.data).toEqual({ channels: [{ channel: 'twitter', userState: readyUserState }] });
    expect(readyMessage.data).not.toHaveProperty('messageType');
    expect(channelStateOf(readyMessage).channels).toEqual([{ channel: 'twitter', state: 'Ready' }]);

    const notReady = next(onChannelsChannel, 'NotReady');
    expectPlainAck(await env.rest.post('/api/v2/me/channels/twitter', { operationName: 'NotReady' }));
    expect(channelStateOf(await notReady).channels).toEqual([{ channel: 'twitter', state: 'NotReady' }]);

    const ended = next(onChannelsChannel, 'LoggedOut');
    expectPlainAck(await env.rest.post('/api/v2/me', { operationName: 'EndContactCenterSession' }));
    expect(channelStateOf(await ended).channels).toEqual([{ channel: 'twitter', state: 'LoggedOut' }]);
    await env.rest.get('/api/v2/me'); // End invalidated the HTTP session: a new one, with its token
  });
});

describe('POST /sim/config {channelMessages: "V2"}', () => {
  it('sends ChannelStateChangeMessageV2 with dndState, as the AgentStateControlReady page shows', async () => {
    await control(env.sim.url, '/sim/config', { channelMessages: 'V2' });
    try {
      const ready = next(onChannelsChannel, 'Ready (V2)');
      expectPlainAck(await env.rest.post('/api/v2/me/channels/twitter', { operationName: 'Ready' }));
      const message = await ready;
      // [doc] https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady
      expect(message.data).toEqual({
        messageType: 'ChannelStateChangeMessageV2',
        channels: [{ channel: 'twitter', dndState: 'Off', userState: readyUserState }],
      });
      expect(channelStateOf(message).channels).toEqual([{ channel: 'twitter', state: 'Ready' }]);
    } finally {
      await control(env.sim.url, '/sim/config', { channelMessages: '8.5.0' });
    }
  });
});

describe('POST /sim/config {twitterAcks: "plain"}', () => {
  it('Create, Send, Cancel and Complete answer exactly {"statusCode":0}; their notifications carry no referenceId', async () => {
    await control(env.sim.url, '/sim/config', { twitterAcks: 'plain' });
    try {
      const composingNext = next((m) => parsed(m).kind === 'tweetState' && tweetStateOf(m).tweet.state === 'Composing', 'Composing');
      const created = await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
      expect(created.text).toBe('{"statusCode":0}');
      expectPlainAck(created);
      const composing = await composingNext;
      expect(composing.data).not.toHaveProperty('referenceId');
      const { id } = tweetStateOf(composing).tweet;

      const send = await env.rest.post(`/api/v2/me/tweets/${id}`, { operationName: 'Send', queuePath, twitter: { from: 'gc_sales', message: `plain ${Date.now()}` } });
      expect(send.text).toBe('{"statusCode":0}');
      const sent = await env.listener.waitFor(tweetInState(id, 'Sent'));
      expect(sent.data).not.toHaveProperty('referenceId');
      expect(tweetStateOf(sent).referenceId).toBeUndefined();

      const other = await createComposingPlain();
      expectPlainAck(await env.rest.post(`/api/v2/me/tweets/${other}`, { operationName: 'Complete' }));
      expect((await env.listener.waitFor(tweetInState(other, 'Completed'))).data).not.toHaveProperty('referenceId');
    } finally {
      await control(env.sim.url, '/sim/config', { twitterAcks: 'referenceId' });
    }
    // back to the default: referenceIds again
    expect((await createComposing(env.rest, env.listener)).state).toBe('Composing');
  });

  it('is also a startSimulator option, with channelMessages', async () => {
    const other = await startSimulator({ twitterAcks: 'plain', channelMessages: 'V2' });
    try {
      const created = await new RestClient(other.url, 'agent2').post('/api/v2/me/tweets', { operationName: 'Create', queuePath });
      expect(created.json).toEqual({ statusCode: 0 });
      const stats = await control(other.url, '/sim/stats');
      expect(stats).toMatchObject({ config: { twitterAcks: 'plain', channelMessages: 'V2', csrfHeaderName: 'X-CSRF-TOKEN' } });
    } finally {
      await other.close();
    }
  });

  it('refuses unknown modes with 400', async () => {
    for (const body of [{ twitterAcks: 'sometimes' }, { channelMessages: 'V3' }]) {
      const response = await fetch(`${env.sim.url}/sim/config`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(400);
    }
  });
});

/** Create in plain mode → the id of the Composing tweet (found as the next Composing notification). */
async function createComposingPlain(): Promise<string> {
  const composing = next((m) => parsed(m).kind === 'tweetState' && tweetStateOf(m).tweet.state === 'Composing', 'Composing');
  expectPlainAck(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
  return tweetStateOf(await composing).tweet.id;
}
