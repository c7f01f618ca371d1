import { GwsChannel } from '../../gws/channels';
import { meOperationBodySchema, type MeResponse } from '../../gws/schemas';
import { channelStateChange } from '../notificationMessages';
import { notifyUser } from '../publishing';
import { json } from '../http/respond';
import type { ApiRoute } from './apiRequest';
import { ack, injectedStatusFailure, parseOperation } from './operationBody';

/** `GET /api/v2/me[?subresources=*]`: the user, and with subresources its Twitter accounts [ours]. */
export const getMe: ApiRoute = (_ctx, { user, query }) => {
  const subresources = query.get('subresources') ?? '';
  const withSettings = subresources === '*' || subresources.split(',').includes('settings');
  const body: MeResponse = {
    statusCode: 0,
    user: { id: user.id, userName: user.userName, firstName: user.firstName, lastName: user.lastName, roles: user.roles },
    ...(withSettings ? { settings: { twitterAccounts: user.twitterAccounts } } : {}),
  };
  return json(body);
};

/** `POST /api/v2/me`: StartContactCenterSession / EndContactCenterSession (which ends the HTTP session). */
export const postMe: ApiRoute = (ctx, { user, session, body }) => {
  const parsed = parseOperation(ctx, body, ['StartContactCenterSession', 'EndContactCenterSession'], meOperationBodySchema);
  if (!parsed.ok) return parsed.outcome;
  const failure = injectedStatusFailure(ctx, parsed.data.operationName);
  if (failure) return failure;
  const referenceId = ctx.nextReferenceId();
  if (parsed.data.operationName === 'StartContactCenterSession') {
    const states = ctx.agentStates.start(user.userName, parsed.data.channels);
    return ack(referenceId, () => notifyUser(ctx, user.userName, GwsChannel.channels, channelStateChange(states)));
  }
  const ended = ctx.agentStates.end(user.userName);
  ctx.httpSessions.invalidate(session.id);
  const outcome = ack(referenceId, () => {
    if (ended.size > 0) notifyUser(ctx, user.userName, GwsChannel.channels, channelStateChange(ended));
  });
  return { ...outcome, headers: { 'Set-Cookie': 'JSESSIONID=; Path=/; HttpOnly; Max-Age=0' } };
};
