export * from './error-boundary';
export * from './status-message';
