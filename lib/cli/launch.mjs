// Starts the TypeScript CLI quickly: esbuild bundles lib/cli/main.ts in about
// 0.3 s (tsx needs about 2 s here), so `npm run cli` always runs the current
// source with no stale build step. Each process writes its own bundle file
// and removes it when the process exits (worker threads load it too), so
// concurrent runs never race.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, '.output', 'cli');
const outfile = join(outDir, `policy-lens-${process.pid}.mjs`);
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'lib', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  // Bundled CommonJS dependencies still call require().
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.on('exit', () => rmSync(outfile, { force: true }));
await import(pathToFileURL(outfile).href);
