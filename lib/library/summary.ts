// The card summary lives in lib/card-facts (below lib/storage); this path stays for the library UI's imports.
export * from '../card-facts/summary';
