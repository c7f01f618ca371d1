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
