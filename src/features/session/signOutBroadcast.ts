import * as z from 'zod/mini';

/**
 * Sign out in one tab signs the user out in every tab of the console (same origin): the tab that
 * signed out tells the others, which end their session without telling GWS again.
 */
export interface SignOutBroadcast {
  announce(userName: string): void;
  /** Calls `listener` with the user another tab signed out; returns the function that stops listening. */
  listen(listener: (userName: string) => void): () => void;
}

const signedOutSchema = z.object({ type: z.literal('signed-out'), userName: z.string() });

/** Over a BroadcastChannel, opened on first use (none is opened where the app is pre-rendered); silent where there is none. */
export function createSignOutBroadcast(channelName = 'gws-tweet-console-session'): SignOutBroadcast {
  let channel: BroadcastChannel | undefined;
  const open = () => (channel ??= typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined);
  return {
    announce(userName) {
      open()?.postMessage({ type: 'signed-out', userName });
    },
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        const message = signedOutSchema.safeParse(event.data);
        if (message.success) listener(message.data.userName);
      };
      const opened = open();
      opened?.addEventListener('message', onMessage);
      return () => opened?.removeEventListener('message', onMessage);
    },
  };
}
