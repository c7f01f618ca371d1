export * from './tweet';
export * from './responses';
export * from './operations';
export * from './notifications';
export * from './describeZodError';
