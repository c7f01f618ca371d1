import * as z from 'zod/mini';

/**
 * The minimum the simulator checks of a Bayeux request body before cometd-nodejs-server sees it:
 * a non-empty array of messages that each name a channel (the server crashes on less).
 */
export const bayeuxRequestSchema = z.array(z.looseObject({ channel: z.string().check(z.minLength(1)) })).check(z.minLength(1));
