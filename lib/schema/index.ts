export * from './taxonomy';
export * from './finding';
export * from './extracted-page';
export * from './card';
export * from './export-document';
