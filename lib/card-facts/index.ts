/**
 * Facts derived from one card that storage keeps beside it (the list
 * summary, its flags, durations in days). They sit below `lib/storage` so
 * storage never imports upward; the library UI reads them from here too.
 */
export * from './summary';
export * from './flags';
export * from './duration';
