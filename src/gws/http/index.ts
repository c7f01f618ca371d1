export { createGwsHttpClient } from './httpClient';
export type { GwsHttpClient, GwsHttpClientConfig, ChannelState, CreateTweetInput, SendTweetInput } from './httpClient';
export type { CallOptions } from './gwsTransport';
export { GwsError, isGwsError } from './gwsError';
export type { GwsErrorKind, GwsErrorDetails } from './gwsError';
export { basicAuthorization } from './basicAuthorization';
export {
  gwsPaths,
  csrfContract,
  defaultRequestTimeoutMs,
  scriptRequestHeader,
  twitterMediaChannel,
  defaultTwitterAccountsSetting,
  defaultSupervisorRole,
  consoleUserDataKeys,
  embeddedSimulatorHeader,
} from './contract';
