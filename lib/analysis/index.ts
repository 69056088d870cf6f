export * from './analyze-tab';
export * from './handle-message';
export * from './normalize-url';
export * from './hash-text';
export * from './cap-page';
export * from './policy-threshold';
export * from './with-timeout';
export * from './resolve-tab-id';
