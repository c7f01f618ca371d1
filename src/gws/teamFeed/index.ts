export * from './teamFeedSchemas';
export * from './teamFeedClient';
