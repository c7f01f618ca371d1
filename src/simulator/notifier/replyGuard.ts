import type { ServerExtension, ServerMessage } from 'cometd-nodejs-server';
import { unsuccessfulChannel } from './bayeuxReplies';

/** The error of a reply that could not be serialised. */
export const unserialisableReplyError = '500::reply_not_serialisable';

function serialises(message: ServerMessage): boolean {
  try {
    JSON.stringify(message);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns `message`, in place, into `{channel, successful: false, error: "500::reply_not_serialisable"}`
 * when it is a reply (it has `successful`) that does not serialise. Returns whether it did.
 */
export function replaceUnserialisableReply(message: ServerMessage): boolean {
  if (message.successful === undefined || serialises(message)) return false;
  const channel: unknown = message.channel;
  for (const key of Object.keys(message)) Reflect.deleteProperty(message, key);
  Object.assign(message, {
    channel: typeof channel === 'string' && channel.length <= 200 ? channel : unsuccessfulChannel,
    successful: false,
    error: unserialisableReplyError,
  });
  return true;
}

/**
 * Last resort, behind the request checks (bayeuxValidation.ts): cometd-nodejs-server serialises
 * each reply (which echoes the message's `id` and `subscription`) where nothing catches a throw,
 * a long-poll's even inside a timer. This server extension tries every reply first and replaces
 * one that does not serialise (replaceUnserialisableReply), logged. Notifications the simulator
 * delivers (no `successful`) are not looked at.
 */
export function createReplyGuard(logError: (message: string, error: unknown) => void): ServerExtension {
  return {
    outgoing(_server, _sender, _session, message, callback) {
      if (replaceUnserialisableReply(message)) {
        logError('CometD reply not serialisable; answered with an error instead', new Error(unserialisableReplyError));
      }
      callback(undefined, true);
    },
  };
}
