import { describe, expect, it } from 'vitest';
import { cancelDraft } from '../../../src/features/compose/cancelDraft';
import { ack, errorNotification, fakeGws, gwsError, listOf, plainAck, stateChange, tweet } from './fakeGws';

describe('cancelDraft', () => {
  it('Cancel → the Canceled notification', async () => {
    const gws = fakeGws();
    gws.http.cancelTweet.mockResolvedValue(ack(3));
    gws.answers.set(3, stateChange(3, tweet('t1', 'Canceled')));

    await expect(cancelDraft(gws, 't1', 50)).resolves.toBeUndefined();
    expect(gws.http.cancelTweet).toHaveBeenCalledWith('t1');
  });

  it('an Error notification fails with its text', async () => {
    const gws = fakeGws();
    gws.http.cancelTweet.mockResolvedValue(ack(3));
    gws.answers.set(3, errorNotification(3, 'Cannot cancel now'));

    await expect(cancelDraft(gws, 't1', 50)).rejects.toThrow('Cannot cancel now');
  });

  it('a draft GWS no longer has counts as discarded', async () => {
    const gws = fakeGws();
    gws.http.cancelTweet.mockRejectedValue(gwsError('status', 6));
    await expect(cancelDraft(gws, 't1', 50)).resolves.toBeUndefined();
  });

  it('no notification: the list decides', async () => {
    const gone = fakeGws();
    gone.http.cancelTweet.mockResolvedValue(ack(3));
    gone.answers.set(3, 'timeout');
    gone.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Canceled')));
    await expect(cancelDraft(gone, 't1', 50)).resolves.toBeUndefined();

    const still = fakeGws();
    still.http.cancelTweet.mockResolvedValue(ack(3));
    still.answers.set(3, 'timeout');
    still.http.listTweets.mockResolvedValue(listOf(tweet('t1', 'Composing')));
    await expect(cancelDraft(still, 't1', 50)).rejects.toThrow(/has not confirmed it yet/);
  });

  it('a plain ack (no referenceId): the next state change of that tweet confirms it, an Error about another tweet does not count', async () => {
    const gws = fakeGws();
    gws.http.cancelTweet.mockImplementation(() => {
      setTimeout(() => {
        gws.emit(errorNotification(undefined, 'Cannot cancel t2', tweet('t2', 'Composing')));
        gws.emit(stateChange(undefined, tweet('t1', 'Canceled')));
      }, 5);
      return Promise.resolve(plainAck);
    });

    await expect(cancelDraft(gws, 't1', 1_000)).resolves.toBeUndefined();
    expect(gws.notifications.waitForReference).not.toHaveBeenCalled();
    expect(gws.http.listTweets).not.toHaveBeenCalled();
  });

  it('other refusals fail', async () => {
    const gws = fakeGws();
    gws.http.cancelTweet.mockRejectedValue(gwsError('status', 2, 'Cancel is not valid'));
    await expect(cancelDraft(gws, 't1', 50)).rejects.toThrow('Cancel is not valid');
  });
});
