import { describe, expect, it } from 'vitest';
import { parseNotification } from '../../../src/gws/schemas';
import { twitterStateChange } from '../../../src/simulator/notificationMessages';
import type { StoredTweet } from '../../../src/simulator/store/simTweet';
import {
  canceledTweet, completedTweet, composingTweet, refuseOperation, refuseSender, savedTweet, sentTweet,
} from '../../../src/simulator/store/tweetTransitions';
import { sentUserData, socialMessagingServerApplication } from '../../../src/simulator/twitterAccounts';

const composing = composingTweet({ id: '010000001ABCDEFG', uri: 'http://h/api/v2/tweet/010000001ABCDEFG', userData: { CaseId: '7' } });
const stored = (tweet = composing, sending = false): StoredTweet => ({ tweet, owner: 'agent1', sending });

describe('tweet transitions (pure)', () => {
  it('a new tweet is Composing, Outbound, can Send and Cancel, keeps the Create userData', () => {
    expect(composing).toMatchObject({ state: 'Composing', twitterType: 'Outbound', userData: { CaseId: '7' } });
    expect(composing.capabilities).toEqual(expect.arrayContaining(['Send', 'Cancel', 'Complete']));
    expect(parseNotification(twitterStateChange('StatusChange', 1, composing))).toMatchObject({ kind: 'tweetState', referenceId: 1 });
    const withoutReference = twitterStateChange('TwitterSaved', undefined, composing);
    expect(withoutReference).not.toHaveProperty('referenceId');
    expect(parseNotification(withoutReference)).toMatchObject({ kind: 'tweetState', notificationType: 'TwitterSaved', referenceId: undefined });
  });

  it('Save keeps it Composing with from and message', () => {
    const saved = savedTweet(composing, { from: 'gc_support', message: 'draft' });
    expect(saved).toMatchObject({ state: 'Composing', from: 'gc_support', message: 'draft' });
    expect(composing.message).toBeUndefined();
  });

  it('Send → Sent: no capabilities, subject = message, the seed-shaped userData merged over the Create userData', () => {
    const userData = sentUserData({ account: { screenName: 'gc_support', displayName: 'GC Support' }, baseUrl: 'http://h' });
    const sent = sentTweet(composing, { from: 'gc_support', message: 'Hi', contactId: '0002abcdefABCDEF', userData });
    expect(sent).toMatchObject({ state: 'Sent', capabilities: [], subject: 'Hi', message: 'Hi', from: 'gc_support' });
    expect(sent.userData).toMatchObject({
      CaseId: '7',
      _umsInboundIxnSubmittedBy: socialMessagingServerApplication,
      _twitterUserImageURL: 'http://h/sim/avatars/gc_support.svg',
      RRequestedSkills: null,
      RStrategyContext: { RTenant: 'Environment', RStrategyName: 'Twitter Outbound' },
    });
    expect(socialMessagingServerApplication).toMatch(/^esv_smsrv_/);
    expect(composing.state).toBe('Composing');
  });

  it('every Sent tweet gets its own copy of the nested routing list', () => {
    const account = { screenName: 'gc_support' };
    const first = sentUserData({ account, baseUrl: 'http://h' });
    const second = sentUserData({ account, baseUrl: 'http://h' });
    expect(first.RStrategyContext).toEqual(second.RStrategyContext);
    expect(first.RStrategyContext).not.toBe(second.RStrategyContext);
  });

  it('Cancel and Complete end with no capabilities', () => {
    expect(canceledTweet(composing)).toMatchObject({ state: 'Canceled', capabilities: [] });
    expect(completedTweet(composing)).toMatchObject({ state: 'Completed', capabilities: [] });
  });

  it('refuses operations the state does not allow with statusCode 2', () => {
    expect(refuseOperation(stored(), 'Send')).toBeUndefined();
    expect(refuseOperation(stored(), 'Save')).toBeUndefined();
    const sent = sentTweet(composing, { from: 'a', message: 'b', contactId: 'c', userData: {} });
    for (const op of ['Send', 'Save', 'Cancel', 'Complete'] as const) {
      expect(refuseOperation(stored(sent), op)).toMatchObject({ statusCode: 2 });
      expect(refuseOperation(stored(canceledTweet(composing)), op)).toMatchObject({ statusCode: 2 });
    }
    expect(refuseOperation(stored(composing, true), 'Cancel')).toMatchObject({ statusCode: 2 });
  });

  it("refuses a sender that is not one of the agent's accounts with statusCode 5", () => {
    const accounts = [{ screenName: 'gc_support' }, { screenName: 'gc_sales' }];
    expect(refuseSender('gc_sales', accounts)).toBeUndefined();
    expect(refuseSender('gc_care', accounts)).toMatchObject({ statusCode: 5 });
    expect(refuseSender('GC_SALES', accounts)).toMatchObject({ statusCode: 5 });
  });
});
