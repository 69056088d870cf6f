export * from './db';
export * from './cards';
