import { describe, expect, it } from 'vitest';
import { answers, parsed, tweetStateOf } from './support/notifications';
import { simStats } from './support/simStats';
import { createComposing, expectPlainAck, listTweets, queuePath, referenceIdOf, send } from './support/tweetFlows';
import seed from '../fixtures/seed/seed-sent-notification.json';
import { consoleUserDataKeys } from '../../src/gws/http/contract';
import { socialMessagingServerApplication } from '../../src/simulator/twitterAccounts';
import { simulatorWithAgent } from './support/simulatorWithAgent';

const env = simulatorWithAgent('agent1', { twitterDelayMs: 50 });

describe('outbound tweet: Create → Composing → Send → Sent', () => {
  it('notifies Composing and Sent with the referenceIds of Create and Send, shaped like the seed', async () => {
    const composing = await createComposing(env.rest, env.listener, { CaseId: 'C-42', [consoleUserDataKeys.agent]: 'agent1' });
    expect(composing.id).toMatch(/^[0-9A-Z]{16}$/);
    expect(composing.twitterType).toBe('Outbound');
    expect(composing.capabilities).toEqual(expect.arrayContaining(['Send', 'Cancel']));
    expect(composing.uri).toBe(`${env.sim.url}/api/v2/tweet/${composing.id}`);

    const { referenceId, answer } = await send(env.rest, env.listener, composing.id, { from: 'gc_support', message: 'Hello Twitter!' });
    const sent = tweetStateOf(answer);
    expect(sent.referenceId).toBe(referenceId);
    expect(sent.notificationType).toBe('StatusChange');
    expect(answer.channel).toBe('/v2/me/twitter');
    const tweet = sent.tweet;
    expect(tweet).toMatchObject({
      id: composing.id, state: 'Sent', capabilities: [], from: 'gc_support', message: 'Hello Twitter!', subject: 'Hello Twitter!',
      twitterType: 'Outbound',
    });
    expect(Object.keys(tweet.userData ?? {})).toEqual(expect.arrayContaining(Object.keys(seed.twitter.userData)));
    expect(tweet.userData).toMatchObject({
      CaseId: 'C-42',
      ConsoleAgent: 'agent1', // Create's userData stays: the console names the agent itself
      FromAddress: 'gc_support',
      _twitterMsgType: 'Status',
      _twitterUserScreenName: 'gc_support',
      _twitterUserName: 'GC Support',
      _umsChannel: 'channel-twitter',
      _umsInboundIxnSubmittedBy: socialMessagingServerApplication, // the SMS application, as the seed's esv_smsrv_vit
      _twitterContactIsFollower: 'false',
    });
    // Routing keys as real GWS userData has them: a null value and a nested key/value list.
    expect(tweet.userData?.RRequestedSkills).toBeNull();
    expect(tweet.userData?.RStrategyContext).toEqual({ RTenant: 'Environment', RStrategyName: 'Twitter Outbound' });
    expect(JSON.stringify(answer.data)).toContain('"RRequestedSkills":null');
    expect(tweet.userData?._umsMediaAccount).toBe(tweet.userData?._twitterUserId);
    expect(tweet.contactId).toMatch(/^[0-9A-Za-z]{16}$/);

    const listed = (await listTweets(env.rest)).filter((t) => t.id === composing.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ state: 'Sent', message: 'Hello Twitter!' });
  });

  it('serves the profile image it names: an SVG avatar at an absolute http URL on the same host', async () => {
    const composing = await createComposing(env.rest, env.listener);
    const { answer } = await send(env.rest, env.listener, composing.id, { from: 'gc_sales', message: 'Avatar check' });
    const imageUrl = String(tweetStateOf(answer).tweet.userData?._twitterUserImageURL);
    expect(imageUrl).toBe(`${env.sim.url}/sim/avatars/gc_sales.svg`);
    const image = await fetch(imageUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(await image.text()).toMatch(/^<svg[^>]*>.*>GS<\/text><\/svg>$/);
  });

  it('gives unique, increasing referenceIds and answers the ack before notifying', async () => {
    const first = referenceIdOf(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    const second = referenceIdOf(await env.rest.post('/api/v2/me/tweets', { operationName: 'Create', queuePath }));
    expect(second).toBeGreaterThan(first);
    const [a, b] = await Promise.all([env.listener.waitFor(answers(first)), env.listener.waitFor(answers(second))]);
    expect(tweetStateOf(a).tweet.id).not.toBe(tweetStateOf(b).tweet.id);
  });

  it('Save → a plain ack, then TwitterSaved without referenceId (still Composing); Cancel → Canceled, Complete → Completed', async () => {
    const saved = await createComposing(env.rest, env.listener);
    // [doc] https://docs.genesys.com/Documentation/HTCC/8.5.2/API/TwitterSave: HTTP response {"statusCode": 0}
    expectPlainAck(await env.rest.post(`/api/v2/me/tweets/${saved.id}`, { operationName: 'Save', twitter: { from: 'gc_support', message: 'draft' } }));
    const savedMessage = await env.listener.waitFor((m) => {
      const notification = parsed(m);
      return notification.kind === 'tweetState' && notification.tweet.id === saved.id && notification.notificationType === 'TwitterSaved';
    });
    expect(savedMessage.data).not.toHaveProperty('referenceId');
    const savedNote = tweetStateOf(savedMessage);
    expect(savedNote.referenceId).toBeUndefined();
    expect(savedNote.tweet).toMatchObject({ state: 'Composing', from: 'gc_support', message: 'draft' });

    const cancelRef = referenceIdOf(await env.rest.post(`/api/v2/me/tweets/${saved.id}`, { operationName: 'Cancel' }));
    expect(tweetStateOf(await env.listener.waitFor(answers(cancelRef))).tweet).toMatchObject({ state: 'Canceled', capabilities: [] });

    const completed = await createComposing(env.rest, env.listener);
    const completeRef = referenceIdOf(await env.rest.post(`/api/v2/me/tweets/${completed.id}`, { operationName: 'Complete', queuePath }));
    expect(tweetStateOf(await env.listener.waitFor(answers(completeRef))).tweet).toMatchObject({ state: 'Completed', capabilities: [] });
  });

  it('counts the operations that reached it in /sim/stats', async () => {
    const stats = await simStats(env.sim.url);
    expect(stats.operations.Create).toBeGreaterThanOrEqual(6);
    expect(stats.operations.Send).toBe(2);
    expect(stats.operations.Save).toBe(1);
    expect(stats.notificationsPublished).toBeGreaterThanOrEqual(10);
  });
});
