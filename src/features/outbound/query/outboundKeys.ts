import type { AgentAttribution } from '../model/agentAttribution';

/** Query keys of the outbound panel, per signed-in user. */
export const outboundKeys = {
  all: (userName: string) => ['gws', userName, 'outbound'] as const,
  /** The data is bounded by the cap and names each tweet's agent: a different cap or attribution is a different list. */
  tweets: (userName: string, cap: number, attribution: AgentAttribution) => [...outboundKeys.all(userName), 'tweets', { cap, attribution }] as const,
};
