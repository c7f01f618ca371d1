import type { ChannelStateWire } from '../gws/schemas';
import type { AgentState } from './agentStates';
import type { ChannelMessageFormat } from './wireModes';

/** `userState` of a channel entry [doc: displayName and id as in the samples cited below]. */
export interface UserState {
  state: AgentState;
  displayName: string;
  id: string;
}

/**
 * The user states GWS names in its samples, with their ids:
 * - Ready [doc: https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0, and
 *   https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady];
 * - NotReady, "Not Ready" [doc: the second sample of the 8.5.0 CometdNotification page];
 * - LoggedOut [ours: no sample shows it; a stable id of ours in the same format].
 */
export const userStates: Readonly<Record<AgentState, UserState>> = {
  Ready: { state: 'Ready', displayName: 'Ready', id: '9430250E-0A1B-421F-B372-F29E69366DED' },
  NotReady: { state: 'NotReady', displayName: 'Not Ready', id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6' },
  LoggedOut: { state: 'LoggedOut', displayName: 'Logged Out', id: '5E1A0C3B-7D42-4F8E-9B61-0C2D4A7E3F95' },
};

/**
 * [doc: https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0] no messageType:
 * `{"channels":[{"channel":"chat","userState":{"state":"Ready","displayName":"Ready","id":"…"}}]}`.
 */
export interface ChannelStateNotification850 {
  channels: { channel: string; userState: UserState }[];
}

/**
 * [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady]
 * `{"messageType":"ChannelStateChangeMessageV2","channels":[{"channel":…,"dndState":"Off","userState":{…}}]}`.
 * `dndState` is always `Off` here [ours: the simulator has no do-not-disturb].
 */
export interface ChannelStateChangeMessageV2 {
  messageType: 'ChannelStateChangeMessageV2';
  channels: { channel: string; dndState: 'On' | 'Off'; userState: UserState }[];
}

export type ChannelStateNotification = ChannelStateNotification850 | ChannelStateChangeMessageV2;

/** The notification of these channels' states, in the configured format. */
export function channelStateNotification(
  states: ReadonlyMap<string, AgentState>,
  format: ChannelMessageFormat,
): ChannelStateNotification {
  const entries = [...states].map(([channel, state]) => ({ channel, userState: userStates[state] }));
  if (format === '8.5.0') return { channels: entries } satisfies ChannelStateWire;
  return {
    messageType: 'ChannelStateChangeMessageV2',
    channels: entries.map(({ channel, userState }) => ({ channel, dndState: 'Off' as const, userState })),
  } satisfies ChannelStateWire;
}
