import type { AgentAttribution } from '../model/agentAttribution';

/** Query keys of the outbound panel, per signed-in user. */
export const outboundKeys = {
  all: (userName: string) => ['gws', userName, 'outbound'] as const,
  /** The data is bounded by the cap and names each tweet's agent: another source, cap or attribution is another list. */
  tweets: (userName: string, scope: 'own' | 'team', cap: number, attribution: AgentAttribution) =>
    [...outboundKeys.all(userName), 'tweets', { scope, cap, attribution }] as const,
};
