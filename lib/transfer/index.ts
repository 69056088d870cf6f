/**
 * Import and export, in one module: the file format and its migrations
 * (`export-format`), reading a file (`import-file`), splitting a large one
 * between workers (`split`), checking cards' shape and meaning
 * (`card-check`, `card-meaning`), the workers' jobs and pool
 * (`worker-jobs`, `worker-pool`, `transfer.worker`) and writing an export
 * (`export-file`). The library's React side only picks files and saves them.
 * It sits above `lib/storage` and below the UI.
 */
export * from './export-format';
export * from './import-file';
export * from './export-file';
export * from './card-meaning';
export { checkCards, checkRunsHere, mergeChecks, type CardChecker, type CheckResult, type RunChecker } from './card-check';
