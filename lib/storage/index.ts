export * from './db';
export * from './cards';
export * from './cards-view';
export * from './packs';
export * from './card-stamp';
export * from './export-runs';
export * from './card-cap';
