import { describe, expect, it, vi } from 'vitest';
import { SendTweetError, type SendFailure } from '../../../src/features/compose/sendFailure';
import { draftKeyField, sendTweet, type SendStep, type SendTweetOptions } from '../../../src/features/compose/sendTweetFlow';
import { isGwsError } from '../../../src/gws/http';
import { ack, errorNotification, fakeGws, gwsError, listOf, plainAck, stateChange, tweet } from './fakeGws';

const input = { from: 'gc_support', queuePath: '/queues/q', message: 'Hello', saveLAR: true };

function run(gws: ReturnType<typeof fakeGws>, overrides: Partial<SendTweetOptions> = {}) {
  const steps: SendStep[] = [];
  const drafts: string[] = [];
  let clock = 1_000;
  const promise = sendTweet(gws, input, {
    draftId: undefined,
    draftKey: 'key-1',
    draftUserData: { ConsoleAgent: 'agent1' },
    recoverDraftFirst: false,
    confirmTimeoutMs: 20,
    onStep: (step) => steps.push(step),
    onDraftCreated: (id) => drafts.push(id),
    now: () => (clock += 250),
    ...overrides,
  });
  return { promise, steps, drafts };
}

async function failureOf(promise: Promise<unknown>): Promise<SendFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  if (!(error instanceof SendTweetError)) throw new Error(`expected a SendTweetError, got ${String(error)}`);
  return error.failure;
}

/** Create answers with a Composing draft `t1` (reference 1); Send is accepted as reference 2. */
function happyGws() {
  const gws = fakeGws();
  gws.http.createTweet.mockResolvedValue(ack(1));
  gws.http.sendTweet.mockResolvedValue(ack(2));
  gws.answers.set(1, stateChange(1, tweet('t1', 'Composing')));
  gws.answers.set(2, stateChange(2, tweet('t1', 'Sent')));
  return gws;
}

describe('sendTweet: the happy paths', () => {
  it('no draft yet: Create (with the draft key) → Composing → Send on its id → Sent, with the time it took', async () => {
    const gws = happyGws();
    const { promise, steps, drafts } = run(gws);

    const sent = await promise;

    expect(sent).toEqual({ tweet: tweet('t1', 'Sent'), elapsedMs: 250 });
    expect(steps).toEqual(['creating', 'sending']);
    expect(drafts).toEqual(['t1']);
    expect(gws.http.createTweet).toHaveBeenCalledWith({ queuePath: '/queues/q', userData: { ConsoleAgent: 'agent1', [draftKeyField]: 'key-1' } });
    expect(gws.http.sendTweet).toHaveBeenCalledWith('t1', {
      queuePath: '/queues/q',
      twitter: { from: 'gc_support', message: 'Hello' },
      saveLAR: true,
    });
    expect(gws.listenerCount()).toBe(0);
  });

  it('a draft from an earlier attempt: Send on it, no Create', async () => {
    const gws = happyGws();
    const { promise, steps, drafts } = run(gws, { draftId: 't1' });

    await expect(promise).resolves.toMatchObject({ tweet: { id: 't1', state: 'Sent' } });
    expect(gws.http.createTweet).not.toHaveBeenCalled();
    expect(steps).toEqual(['sending']);
    expect(drafts).toEqual([]);
  });

  it('an earlier Create whose id was never learnt: the draft is looked up by its key first', async () => {
    const gws = happyGws();
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t9', 'Composing', { userData: { [draftKeyField]: 'key-1' } })));
    gws.http.sendTweet.mockResolvedValue(ack(2));
    gws.answers.set(2, stateChange(2, tweet('t9', 'Sent')));
    const { promise } = run(gws, { recoverDraftFirst: true });

    await expect(promise).resolves.toMatchObject({ tweet: { id: 't9' } });
    expect(gws.http.createTweet).not.toHaveBeenCalled();
    expect(gws.http.sendTweet.mock.calls[0]?.[0]).toBe('t9');
  });
});

describe('sendTweet: Create fails', () => {
  it('a statusCode: status failure at the create stage, nothing sent', async () => {
    const gws = happyGws();
    gws.http.createTweet.mockRejectedValue(gwsError('status', 5, 'Queue not allowed'));

    expect(await failureOf(run(gws).promise)).toEqual({ kind: 'status', stage: 'create', statusCode: 5, statusMessage: 'Queue not allowed' });
    expect(gws.http.sendTweet).not.toHaveBeenCalled();
  });

  it('a 401 stays the GwsError it is (the app ends the session)', async () => {
    const gws = happyGws();
    gws.http.createTweet.mockRejectedValue(gwsError('unauthorized'));

    const error: unknown = await run(gws).promise.catch((rejection: unknown) => rejection);
    expect(isGwsError(error, 'unauthorized')).toBe(true);
  });

  it('an Error notification: rejected with its text', async () => {
    const gws = happyGws();
    gws.answers.set(1, errorNotification(1, 'No such queue'));

    expect(await failureOf(run(gws).promise)).toEqual({ kind: 'rejected', stage: 'create', errorMessage: 'No such queue' });
  });

  it('no Composing notification in time, but the list has the keyed draft: it is sent', async () => {
    const gws = happyGws();
    gws.answers.set(1, 'timeout');
    gws.http.listTweets.mockResolvedValue(
      listOf(tweet('other', 'Composing', { userData: { [draftKeyField]: 'key-0' } }), tweet('t1', 'Composing', { userData: { [draftKeyField]: 'key-1' } })),
    );
    const { promise, steps, drafts } = run(gws);

    await expect(promise).resolves.toMatchObject({ tweet: { id: 't1', state: 'Sent' } });
    expect(steps).toEqual(['creating', 'checking', 'sending']);
    expect(drafts).toEqual(['t1']);
  });

  it('no Composing notification and no keyed draft: unconfirmed at the create stage', async () => {
    const gws = happyGws();
    gws.answers.set(1, 'timeout');
    gws.http.listTweets.mockResolvedValue(listOf());

    expect(await failureOf(run(gws).promise)).toEqual({ kind: 'unconfirmed', stage: 'create', reason: 'timeout' });
  });

  it('the network fails on Create: found by key → sent; not found → a network failure', async () => {
    const found = happyGws();
    found.http.createTweet.mockRejectedValue(gwsError('network'));
    found.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing', { userData: { [draftKeyField]: 'key-1' } })));
    await expect(run(found).promise).resolves.toMatchObject({ tweet: { id: 't1' } });

    const lost = happyGws();
    lost.http.createTweet.mockRejectedValue(gwsError('network', undefined, 'Cannot reach GWS'));
    lost.http.listTweets.mockRejectedValue(gwsError('network'));
    expect(await failureOf(run(lost).promise)).toEqual({ kind: 'transport', stage: 'create', reason: 'network', message: 'Cannot reach GWS' });
  });
});

describe('sendTweet: Send fails', () => {
  it('an Error notification (duplicate…): rejected; the draft id was already handed out for Retry', async () => {
    const gws = happyGws();
    gws.answers.set(2, errorNotification(2, 'status is a duplicate', tweet('t1', 'Composing')));
    const { promise, drafts } = run(gws);

    expect(await failureOf(promise)).toEqual({ kind: 'rejected', stage: 'send', errorMessage: 'status is a duplicate' });
    expect(drafts).toEqual(['t1']);
  });

  it('a statusCode other than 2: status failure, the list is not read', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockRejectedValue(gwsError('status', 5, 'Not your account'));

    expect(await failureOf(run(gws, { draftId: 't1' }).promise)).toMatchObject({ kind: 'status', statusCode: 5 });
    expect(gws.http.listTweets).not.toHaveBeenCalled();
  });

  it('statusCode 2 (not valid now): Sent in the list is success; still Composing is the status failure', async () => {
    const wentOut = happyGws();
    wentOut.http.sendTweet.mockRejectedValue(gwsError('status', 2, 'Send is not valid in state Sent'));
    wentOut.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Sent')));
    await expect(run(wentOut, { draftId: 't1' }).promise).resolves.toMatchObject({ tweet: { state: 'Sent' } });

    const busy = happyGws();
    busy.http.sendTweet.mockRejectedValue(gwsError('status', 2, 'Tweet t1 is being sent'));
    busy.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing')));
    expect(await failureOf(run(busy, { draftId: 't1' }).promise)).toMatchObject({ kind: 'status', statusCode: 2 });
  });

  it('no notification in time: the list decides — Sent, Composing, gone, or unreadable', async () => {
    const cases = [
      { list: [tweet('t1', 'Sent')], expected: 'sent' },
      { list: [tweet('t1', 'Composing')], expected: { kind: 'unconfirmed', stage: 'send', reason: 'timeout' } },
      { list: [tweet('t1', 'Canceled')], expected: { kind: 'draft-gone', state: 'Canceled' } },
      { list: [], expected: { kind: 'unknown', reason: 'not-listed', state: undefined } },
      { list: [tweet('t1', 'Archived')], expected: { kind: 'unknown', reason: 'unknown-state', state: 'Archived' } },
      { list: gwsError('network', undefined, 'offline'), expected: { kind: 'unchecked', stage: 'send', message: 'offline' } },
    ] as const;
    for (const { list, expected } of cases) {
      const gws = happyGws();
      gws.answers.set(2, 'timeout');
      if (list instanceof Error) gws.http.listTweets.mockRejectedValue(list);
      else gws.http.listTweets.mockResolvedValue(listOf(...list));
      const { promise, steps } = run(gws, { draftId: 't1' });
      if (expected === 'sent') await expect(promise).resolves.toMatchObject({ tweet: { state: 'Sent' } });
      else expect(await failureOf(promise)).toEqual(expected);
      expect(steps).toEqual(['sending', 'checking']);
    }
  });

  it('the answer to Send is lost: the list is read at once; while it shows a draft, a notification naming the tweet settles it', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockImplementation(() => {
      setTimeout(() => gws.emit(stateChange(77, tweet('t1', 'Sent'))), 5);
      return Promise.reject(gwsError('network'));
    });
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing')));
    const { promise, steps } = run(gws, { draftId: 't1', confirmTimeoutMs: 1_000 });

    await expect(promise).resolves.toMatchObject({ tweet: { id: 't1', state: 'Sent' } });
    expect(gws.http.sendTweet).toHaveBeenCalledTimes(1);
    expect(gws.http.listTweets).toHaveBeenCalledTimes(1);
    expect(steps).toEqual(['sending', 'checking']);
  });

  it('the answer to Send is lost and the list already says Sent: done at once, without waiting for a notification', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockRejectedValue(gwsError('network'));
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Sent', { message: 'Hello' })));
    const startedAt = Date.now();

    await expect(run(gws, { draftId: 't1', confirmTimeoutMs: 5_000 }).promise).resolves.toMatchObject({ tweet: { state: 'Sent' } });
    expect(Date.now() - startedAt).toBeLessThan(2_500);
  });

  it('the answer to Send is lost and the list cannot be read: a later notification still settles it', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockImplementation(() => {
      setTimeout(() => gws.emit(stateChange(undefined, tweet('t1', 'Sent'))), 5);
      return Promise.reject(gwsError('network'));
    });
    gws.http.listTweets.mockRejectedValue(gwsError('network', undefined, 'offline'));

    await expect(run(gws, { draftId: 't1', confirmTimeoutMs: 1_000 }).promise).resolves.toMatchObject({ tweet: { state: 'Sent' } });
  });

  it('the answer to Send is lost and nothing comes: still Composing in the list → unconfirmed (lost response)', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockRejectedValue(gwsError('http'));
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing')));

    expect(await failureOf(run(gws, { draftId: 't1' }).promise)).toEqual({ kind: 'unconfirmed', stage: 'send', reason: 'lost-response' });
  });

  it('a CSRF refusal of the Send is final: the list is not read and the Send is not tried again', async () => {
    const gws = happyGws();
    gws.http.sendTweet.mockRejectedValue(gwsError('csrf'));

    expect(await failureOf(run(gws, { draftId: 't1' }).promise)).toMatchObject({ kind: 'transport', reason: 'csrf' });
    expect(gws.http.listTweets).not.toHaveBeenCalled();
    expect(gws.http.sendTweet).toHaveBeenCalledTimes(1);
  });

  it('the watch on the tweet ignores other tweets and Composing states', async () => {
    vi.useFakeTimers();
    try {
      const gws = happyGws();
      gws.http.sendTweet.mockRejectedValue(gwsError('network'));
      gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing')));
      const { promise } = run(gws, { draftId: 't1', confirmTimeoutMs: 100 });
      const failure = failureOf(promise);
      await vi.advanceTimersByTimeAsync(1);
      gws.emit(stateChange(5, tweet('t2', 'Sent')));
      gws.emit(stateChange(6, tweet('t1', 'Composing')));
      await vi.advanceTimersByTimeAsync(100);
      expect(await failure).toMatchObject({ kind: 'unconfirmed', reason: 'lost-response' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('sendTweet: GWS answers a plain {statusCode:0} (no referenceId)', () => {
  it('Create is matched by the draft key, Send by the tweet id; other tweets and drafts are never taken for them', async () => {
    const gws = fakeGws();
    gws.http.createTweet.mockImplementation(() => {
      setTimeout(() => {
        gws.emit(stateChange(undefined, tweet('someone-else', 'Composing', { userData: { [draftKeyField]: 'key-0' } })));
        gws.emit(stateChange(undefined, tweet('t1', 'Composing', { userData: { [draftKeyField]: 'key-1' } })));
      }, 5);
      return Promise.resolve(plainAck);
    });
    gws.http.sendTweet.mockImplementation(() => {
      setTimeout(() => {
        gws.emit(stateChange(undefined, tweet('t0', 'Sent')));
        gws.emit(stateChange(undefined, tweet('t1', 'Sent', { message: 'Hello' })));
      }, 5);
      return Promise.resolve(plainAck);
    });
    const { promise, drafts } = run(gws, { confirmTimeoutMs: 1_000 });

    await expect(promise).resolves.toMatchObject({ tweet: { id: 't1', state: 'Sent', message: 'Hello' } });
    expect(drafts).toEqual(['t1']);
    expect(gws.notifications.waitForReference).not.toHaveBeenCalled();
    expect(gws.http.listTweets).not.toHaveBeenCalled();
  });

  it('a plain Create ack whose Composing notification names no key: the list finds the draft by its key', async () => {
    const gws = fakeGws();
    gws.http.createTweet.mockImplementation(() => {
      setTimeout(() => gws.emit(stateChange(undefined, tweet('t1', 'Composing'))), 5);
      return Promise.resolve(plainAck);
    });
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing', { userData: { [draftKeyField]: 'key-1' } })));
    gws.http.sendTweet.mockResolvedValue(ack(2));
    gws.answers.set(2, stateChange(2, tweet('t1', 'Sent')));

    await expect(run(gws).promise).resolves.toMatchObject({ tweet: { id: 't1', state: 'Sent' } });
  });

  it('a Send whose only answer is an Error naming the tweet: rejected, as GWS said', async () => {
    const gws = fakeGws();
    gws.http.sendTweet.mockImplementation(() => {
      setTimeout(() => gws.emit(errorNotification(undefined, 'Status is a duplicate.', tweet('t1', 'Composing'))), 5);
      return Promise.resolve(plainAck);
    });

    expect(await failureOf(run(gws, { draftId: 't1', confirmTimeoutMs: 1_000 }).promise)).toEqual({
      kind: 'rejected',
      stage: 'send',
      errorMessage: 'Status is a duplicate.',
    });
  });
});

describe('sendTweet: an answer the console cannot read is never taken for "not sent"', () => {
  it("Send's answer is unrecognised: the list decides (Sent → sent)", async () => {
    const gws = happyGws();
    gws.answers.set(2, { kind: 'unrecognised', reason: 'twitter.userData: …' });
    gws.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Sent')));

    await expect(run(gws, { draftId: 't1' }).promise).resolves.toMatchObject({ tweet: { state: 'Sent' } });
  });

  it('a TweetOperationResponse with success "false" for the Send: rejected with its errorMessage', async () => {
    const gws = happyGws();
    gws.answers.set(2, { kind: 'operationResponse', referenceId: 2, success: false, errorMessage: 'Unable to perform twitter operation' });

    expect(await failureOf(run(gws, { draftId: 't1' }).promise)).toEqual({
      kind: 'rejected',
      stage: 'send',
      errorMessage: 'Unable to perform twitter operation',
    });
  });
});
