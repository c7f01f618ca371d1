import { createSignal, type Signal } from '../../gws/cometd/listenerSet';
import type { GwsError } from '../../gws/http';

/** Tells whoever owns the session that GWS answered 401 (the session ended under the console). */
export type UnauthorizedSignal = Signal<GwsError>;

export const createUnauthorizedSignal = (): UnauthorizedSignal => createSignal<GwsError>('unauthorized');
