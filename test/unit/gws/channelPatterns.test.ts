import { describe, expect, it } from 'vitest';
import { channelMatches, withoutCoveredChannels } from '../../../src/gws/cometd/channelPatterns';

describe('withoutCoveredChannels', () => {
  it('drops channels a one-segment wildcard matches, and duplicates', () => {
    expect(withoutCoveredChannels(['/v2/me/twitter', '/v2/me/*', '/v2/me/channels', '/v2/me/*'])).toEqual(['/v2/me/*']);
  });

  it('keeps deeper channels for a one-segment wildcard, drops them for a deep wildcard', () => {
    expect(withoutCoveredChannels(['/v2/me/*', '/v2/me/twitter/extra'])).toEqual(['/v2/me/*', '/v2/me/twitter/extra']);
    expect(withoutCoveredChannels(['/v2/me/**', '/v2/me/*', '/v2/me/twitter/extra'])).toEqual(['/v2/me/**']);
  });

  it('keeps unrelated channels as given', () => {
    expect(withoutCoveredChannels(['/v2/me/twitter', '/v2/me/channels'])).toEqual(['/v2/me/twitter', '/v2/me/channels']);
    expect(withoutCoveredChannels(['/v2/me/*', '/v2/you/twitter'])).toEqual(['/v2/me/*', '/v2/you/twitter']);
  });
});

describe('channelMatches', () => {
  it('matches the channel itself, one segment under /*, any depth under /**', () => {
    expect(channelMatches('/v2/me/twitter', '/v2/me/twitter')).toBe(true);
    expect(channelMatches('/v2/me/*', '/v2/me/twitter')).toBe(true);
    expect(channelMatches('/v2/me/*', '/v2/me/twitter/extra')).toBe(false);
    expect(channelMatches('/v2/me/**', '/v2/me/twitter/extra')).toBe(true);
    expect(channelMatches('/v2/me/twitter', '/v2/me/channels')).toBe(false);
  });
});

describe('channelMatches: what a Bayeux subscription receives (the client and the simulator share it)', () => {
  it.each([
    ['/v2/me/twitter', '/v2/me/twitter', true],
    ['/v2/me/*', '/v2/me/twitter', true],
    ['/v2/me/**', '/v2/me/twitter', true],
    ['/v2/**', '/v2/me/twitter', true],
    ['/**', '/v2/me/twitter', true],
    ['/v2/*', '/v2/me/twitter', false],
    ['/v2/me/*', '/v2/me/twitter/deeper', false],
    ['/v2/me/**', '/v2/me/twitter/deeper', true],
    ['/v2/me/channels', '/v2/me/twitter', false],
    ['/v2/me/*', '/v2/me', false],
  ])('%s receives %s: %s', (subscription, channel, expected) => {
    expect(channelMatches(subscription, channel)).toBe(expected);
  });
});
