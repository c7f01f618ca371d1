import { csrfContract } from '../gws/http/contract';

/**
 * Switches between shapes Genesys documents differently over versions (SimulatorOptions and
 * `POST /sim/config`), so the app can be tested against each of them.
 */

/**
 * Acks of Create, Send, Cancel and Complete:
 * - `referenceId` (default): `{"statusCode":0,"referenceId":N}`, as the current Twitter pages show
 *   [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/TwitterCreate, …/TwitterSend,
 *   …/TwitterCancel, …/TwitterComplete], and the notification that follows carries the same N;
 * - `plain`: `{"statusCode":0}`, as the early revisions show [doc: the 2014 revisions of
 *   https://docs.genesys.com/Documentation:HTCC:API:TwitterSend:8.5.2, the 2015 drafts
 *   https://docs.genesys.com/Documentation:HTCC:API:TwitterCreate:8.5.2DRAFT and …:TwitterReply:8.5.2DRAFT],
 *   and the notification then carries no referenceId [ours: there is nothing to match it to].
 */
export const twitterAckModes = ['referenceId', 'plain'] as const;
export type TwitterAckMode = (typeof twitterAckModes)[number];

/**
 * Channel-state notifications on `/v2/me/channels`:
 * - `8.5.0` (default): no messageType
 *   [doc: https://docs.genesys.com/Documentation:HTCC:API:CometdNotification:8.5.0];
 * - `V2`: `messageType: "ChannelStateChangeMessageV2"` with `dndState`
 *   [doc: https://docs.genesys.com/Documentation/HTCC/latest/API/AgentStateControlReady].
 */
export const channelMessageFormats = ['8.5.0', 'V2'] as const;
export type ChannelMessageFormat = (typeof channelMessageFormats)[number];

/**
 * The request header the CSRF token must come in, announced by every GET answer in `X-CSRF-HEADER`
 * [doc: the header names the header]. Default `X-CSRF-TOKEN`, as the docs show.
 */
export const defaultCsrfHeaderName: string = csrfContract.defaultRequestHeader;
/** An HTTP header name (RFC 9110 token), at most 64 characters. */
export const headerNamePattern = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
