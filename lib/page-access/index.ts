export * from './check-page-access';
export * from './injection-error';
