import { channelOperationBodySchema } from '../../gws/schemas';
import { StatusCode } from '../../gws/statusCodes';
import { statusError } from '../http/respond';
import type { ApiRoute } from './apiRequest';
import { notifyChannelStates } from './me';
import { ack, injectedStatusFailure, parseOperation } from './operationBody';

/** [ours] The media channels the simulator knows. */
const knownChannels: readonly string[] = ['twitter'];

/**
 * `POST /api/v2/me/channels/{channel}` Ready / NotReady → a plain `{"statusCode":0}`
 * [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady], then the
 * channel's state on `/v2/me/channels` (channelStateMessages.ts).
 */
export const postChannel: ApiRoute = (ctx, { user, body, params }) => {
  const channel = params[0] ?? '';
  if (!knownChannels.includes(channel)) return statusError(StatusCode.NotFound, `Unknown channel ${JSON.stringify(channel.slice(0, 40))}`);
  const parsed = parseOperation(ctx, body, ['Ready', 'NotReady'], channelOperationBodySchema);
  if (!parsed.ok) return parsed.outcome;
  const failure = injectedStatusFailure(ctx, parsed.data.operationName);
  if (failure) return failure;
  const state = parsed.data.operationName;
  ctx.agentStates.set(user.userName, channel, state);
  return ack(undefined, () => notifyChannelStates(ctx, user.userName, new Map([[channel, state]])));
};
