// Runs the CLI bundle (CommonJS) with V8's code cache. Used by launch.mjs on
// the main thread and as the entry of every summarize worker thread.
//
// Compiling the ~2 MB bundle and the functions a run needs costs each thread
// ~0.1 s of CPU; the first run of a bundle saves the compiled code next to it
// (`<bundle>.cache`, written once, atomically) and later runs and their
// workers reuse it. A cache V8 rejects (other V8 version or flags) is
// ignored and rewritten.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');
const { isMainThread } = require('node:worker_threads');

/** Workers find the bundle here (they inherit the environment of the thread that starts them). */
const BUNDLE_VARIABLE = 'POLICY_LENS_CLI_BUNDLE';

function runBundle(bundle) {
  process.env[BUNDLE_VARIABLE] = bundle;
  const cachePath = `${bundle}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __workerEntryUrl) {${source}\n})`,
    { filename: bundle, cachedData },
  );
  if (isMainThread && (cachedData === undefined || script.cachedDataRejected)) {
    // After the run, so the cache also holds the functions the run compiled.
    process.once('exit', () => {
      try {
        const temporary = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
      } catch {
        // A cache is only an optimisation.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle), pathToFileURL(__filename).href);
}

if (!isMainThread) {
  // A summarize worker: the same bundle as the thread that started it.
  runBundle(process.env[BUNDLE_VARIABLE]);
}

module.exports = { runBundle };
