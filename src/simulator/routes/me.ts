import { GwsChannel } from '../../gws/channels';
import { meOperationBodySchema } from '../../gws/schemas';
import type { AgentState } from '../agentStates';
import { channelStateNotification } from '../channelStateMessages';
import type { SimulatorContext } from '../context';
import { json } from '../http/respond';
import { notifyUser } from '../publishing';
import { meBody, wantsSettings } from '../userResource';
import type { ApiRoute } from './apiRequest';
import { ack, injectedStatusFailure, parseOperation } from './operationBody';

/** `GET /api/v2/me[?subresources=*]`: the user resource; with subresources, `user.settings` too. */
export const getMe: ApiRoute = (_ctx, { user, query, baseUrl }) => json(meBody(user, baseUrl, wantsSettings(query.get('subresources'))));

/** [ours] The agent's channel states go to `/v2/me/channels`, in the configured format. */
export function notifyChannelStates(ctx: SimulatorContext, userName: string, states: ReadonlyMap<string, AgentState>): void {
  if (states.size === 0) return;
  notifyUser(ctx, userName, GwsChannel.channels, channelStateNotification(states, ctx.config.channelMessages));
}

/**
 * `POST /api/v2/me`: StartContactCenterSession / EndContactCenterSession (which ends the HTTP session).
 * Both answer a plain `{"statusCode":0}` [doc for End: https://docs.genesys.com/Documentation/HTCC/8.5.2/API/EndContactCenterSession;
 * ours for Start, whose page shows no answer: the same].
 */
export const postMe: ApiRoute = (ctx, { user, session, body }) => {
  const parsed = parseOperation(ctx, body, ['StartContactCenterSession', 'EndContactCenterSession'], meOperationBodySchema);
  if (!parsed.ok) return parsed.outcome;
  const failure = injectedStatusFailure(ctx, parsed.data.operationName);
  if (failure) return failure;
  if (parsed.data.operationName === 'StartContactCenterSession') {
    const states = ctx.agentStates.start(user.userName, parsed.data.channels);
    return ack(undefined, () => notifyChannelStates(ctx, user.userName, states));
  }
  const ended = ctx.agentStates.end(user.userName);
  ctx.httpSessions.invalidate(session.id);
  const outcome = ack(undefined, () => notifyChannelStates(ctx, user.userName, ended));
  return { ...outcome, headers: { 'Set-Cookie': 'JSESSIONID=; Path=/; HttpOnly; Max-Age=0' } };
};
