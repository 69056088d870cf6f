export * from './db';
export * from './cards';
export * from './cards-view';
export * from './packs';
