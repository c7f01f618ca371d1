import { describe, expect, it } from 'vitest';
import { createTweetStore } from '../../../src/simulator/store/tweetStore';
import { canceledTweet, composingTweet } from '../../../src/simulator/store/tweetTransitions';

const tweet = (id: string) => composingTweet({ id, uri: `http://h/api/v2/tweet/${id}`, userData: undefined });

describe('tweet store', () => {
  it('keeps tweets per owner and lists the newest ones, oldest first', () => {
    const store = createTweetStore({ maxTweets: 100 });
    store.add('agent1', tweet('A'));
    store.add('agent2', tweet('B'));
    store.add('agent1', tweet('C'));
    expect(store.list('agent1', 10).map((t) => t.id)).toEqual(['A', 'C']);
    expect(store.list('agent1', 1).map((t) => t.id)).toEqual(['C']);
    expect(store.list('nobody', 10)).toEqual([]);
  });

  it('lists the newest tweets of the owners a filter accepts, oldest first, with their owners', () => {
    const store = createTweetStore({ maxTweets: 100 });
    store.add('agent1', tweet('A'));
    store.add('supervisor', tweet('B'));
    store.add('agent2', tweet('C'));
    store.add('agent1', tweet('D'));
    const team = (owner: string) => owner !== 'supervisor';
    expect(store.listOwnedBy(team, 10).map((s) => [s.owner, s.tweet.id])).toEqual([['agent1', 'A'], ['agent2', 'C'], ['agent1', 'D']]);
    expect(store.listOwnedBy(team, 2).map((s) => s.tweet.id)).toEqual(['C', 'D']);
    expect(store.listOwnedBy(() => false, 10)).toEqual([]);
  });

  it('evicts the oldest finished tweet first, then the oldest of all', () => {
    const store = createTweetStore({ maxTweets: 3 });
    for (const id of ['A', 'B', 'C']) store.add('agent1', tweet(id));
    store.update('C', canceledTweet(tweet('C')));
    store.update('B', canceledTweet(tweet('B')));
    store.add('agent1', tweet('D'));
    const all = () => store.listOwnedBy(() => true, 10).map((s) => s.tweet.id);
    expect(all()).toEqual(['A', 'B', 'D']);
    store.add('agent1', tweet('E'));
    expect(all()).toEqual(['A', 'D', 'E']);
    store.add('agent1', tweet('F'));
    expect(store.list('agent1', 10).map((t) => t.id)).toEqual(['D', 'E', 'F']);
    expect(store.size).toBe(3);
  });

  it('remembers the previous sent message per account and the in-flight flag per tweet', () => {
    const store = createTweetStore({ maxTweets: 10 });
    store.add('agent1', tweet('A'));
    store.setSending('A', true);
    expect(store.get('A')?.sending).toBe(true);
    expect(store.lastSentMessage('gc_support')).toBeUndefined();
    store.recordSent('gc_support', 'one');
    store.recordSent('gc_support', 'two');
    expect(store.lastSentMessage('gc_support')).toBe('two');
    store.clear();
    expect(store.size).toBe(0);
    expect(store.lastSentMessage('gc_support')).toBeUndefined();
  });
});
