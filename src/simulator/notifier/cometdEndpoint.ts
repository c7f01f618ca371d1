import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http/readBody';
import { writeJson } from '../http/respond';
import type { SimUser } from '../users';
import { sessionUnknownReplies } from './bayeuxReplies';
import { checkBayeuxRequest, type CheckedMessage } from './bayeuxValidation';
import type { Notifier } from './cometdNotifier';

/**
 * Whether a message names a CometD session that another user's handshake made. cometd-nodejs-server
 * would serve it (it finds sessions by clientId and the BAYEUX_BROWSER cookie, never by user), so
 * each request is bound here to the user of its own Basic credentials. A handshake's clientId
 * means nothing (the server makes a new session), and an unknown one gets 402 from the server.
 */
function namesAnotherUsersSession(notifier: Notifier, user: SimUser, message: CheckedMessage): boolean {
  const { channel, clientId } = message.fields;
  if (channel === '/meta/handshake' || clientId === undefined) return false;
  const owner = notifier.ownerOf(clientId);
  return owner !== undefined && owner !== user.userName;
}

/**
 * The CometD endpoint after authentication: the body is checked against every Bayeux rule
 * (bayeuxValidation.ts; refusals as bayeuxReplies.ts describes), a message naming another user's
 * session refuses the request with `402::session_unknown`, and only then does cometd-nodejs-server
 * see it.
 */
export function handleBayeuxBody(notifier: Notifier, user: SimUser, request: IncomingMessage, response: ServerResponse, bodyText: string): void {
  const check = checkBayeuxRequest(bodyText, request.headers.cookie);
  if (!check.ok) {
    writeJson(response, check.httpStatus, check.replies);
    return;
  }
  const raws = check.messages.map((message) => message.raw);
  if (check.messages.some((message) => namesAnotherUsersSession(notifier, user, message))) {
    writeJson(response, 200, sessionUnknownReplies(raws));
    return;
  }
  notifier.handle(request, response, raws);
}

/**
 * A request to a CometD endpoint, after authentication: GWS's `/api/v2/notifications` and the team
 * feed's `/team-feed/cometd` [ours] alike (each with its own Notifier). A POST body is read up to
 * `maxBodyBytes` (beyond: `tooLarge` answers) and goes through handleBayeuxBody; anything else is
 * cometd-nodejs-server's to refuse.
 */
export async function serveCometd(
  notifier: Notifier,
  user: SimUser,
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
  tooLarge: () => void,
): Promise<void> {
  if ((request.method ?? 'GET').toUpperCase() !== 'POST') {
    notifier.handle(request, response, []);
    return;
  }
  const read = await readBody(request, maxBodyBytes);
  if (read.kind === 'failed') return;
  if (read.kind === 'tooLarge') {
    tooLarge();
    return;
  }
  handleBayeuxBody(notifier, user, request, response, read.text);
}
