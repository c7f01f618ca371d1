/** Entry point for tests: start a simulator in-process on an ephemeral port. */
export { startSimulator, type RunningSimulator, type StartSimulatorOptions } from './startSimulator';
export type { FaultsBody, LoadBody, PublishBody, ConfigBody } from './control/controlSchemas';
export type { SimStats } from './stats';
export { teamFeedPaths } from './teamFeed/teamFeedPaths';
