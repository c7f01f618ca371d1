import { consoleUserDataKeys } from '../../../gws/http';
import type { Tweet } from '../../../gws/schemas';
import { userDataText } from './userDataValue';

/**
 * Who sent a tweet. GWS names no agent on an outbound tweet (`_umsInboundIxnSubmittedBy` is the
 * Social Messaging Server application), so the console writes the agent into Create's userData
 * (config.json `agentUserDataKey`) and reads it back; a tweet without it is the signed-in user's own
 * when the list holds only their tweets (`ownUser`), and nobody's known otherwise.
 */
export interface AgentAttribution {
  userDataKey: string;
  /** The signed-in user, when every tweet listed is theirs; undefined when others' tweets appear too. */
  ownUser: string | undefined;
}

export const defaultAgentAttribution: AgentAttribution = { userDataKey: consoleUserDataKeys.agent, ownUser: undefined };

export function agentOf(tweet: Tweet, attribution: AgentAttribution): string | undefined {
  return userDataText(tweet, attribution.userDataKey) ?? attribution.ownUser;
}
