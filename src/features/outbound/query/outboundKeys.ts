/** Query keys of the outbound panel, per signed-in user. */
export const outboundKeys = {
  all: (userName: string) => ['gws', userName, 'outbound'] as const,
  /** The data is bounded by the cap, so a different cap is a different list. */
  tweets: (userName: string, cap: number) => [...outboundKeys.all(userName), 'tweets', { cap }] as const,
  feedStats: (userName: string) => [...outboundKeys.all(userName), 'feed-stats'] as const,
};
