import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** Every .ts/.tsx file under a folder of the project. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The module specifiers a source file imports or re-exports (static and dynamic). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

/** Project folders a file's imports land in, from its path and source ('@/' is the project root). */
function importedFolders(file: string, source: string): string[] {
  return specifiers(source)
    .filter((s) => s.startsWith('.') || s.startsWith('@/'))
    .map((s) => relative(ROOT, s.startsWith('@/') ? join(ROOT, s.slice(2)) : resolve(ROOT, dirname(file), s)));
}

/** The imports of `file` that reach into any of `forbidden` (folders relative to the root). */
function upwardImports(file: string, source: string, forbidden: readonly string[]): string[] {
  return importedFolders(file, source).filter((target) => forbidden.some((f) => target === f || target.startsWith(`${f}/`)));
}

const BELOW_LIBRARY = ['lib/library', 'components', 'entrypoints', 'lib/transfer'];

describe('layering: lower layers never import upper ones', () => {
  test.each([
    // The schema (with the taxonomy table) is the bottom layer: every other one reads it.
    ['lib/schema', ['lib/present', 'lib/library', 'lib/card-facts', 'lib/storage', 'lib/transfer', 'lib/engine', 'lib/rules', 'lib/analysis', 'components', 'entrypoints']],
    // Presentation (labels, key facts, i18n) serves the popup and the library alike, and reads no storage.
    ['lib/present', [...BELOW_LIBRARY, 'lib/storage']],
    ['lib/storage', BELOW_LIBRARY],
    ['lib/card-facts', [...BELOW_LIBRARY, 'lib/storage']],
    // Import/export is one module under the UI: it uses storage, never the library's React side.
    ['lib/transfer', ['lib/library', 'components', 'entrypoints']],
  ])('no file in %s imports from %j', (folder, forbidden) => {
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((f) => upwardImports(f, readFileSync(join(ROOT, f), 'utf8'), forbidden).map((t) => `${f} → ${t}`));
    expect(offenders).toEqual([]);
  });

  // The check itself must be able to fail: each of these import forms is caught.
  test.each([
    "import { summarizeCard } from '../library/summary';",
    "import type { CardSummary } from '../library/summary';",
    "export * from '../library/flags';",
    "import '../../components/library/notice-bar';",
    "const m = await import('../library/import-file');",
    "import { x } from '@/lib/library/route';",
    "import {\n  a,\n  b,\n} from '../../components/library/download';",
  ])('catches %j in lib/storage', (source) => {
    expect(upwardImports('lib/storage/example.ts', source, BELOW_LIBRARY)).toHaveLength(1);
  });

  test('imports inside the layer or below it pass', () => {
    const source = "import { cardSchema } from '../schema';\nimport { summarizeCard } from '../card-facts/summary';\nimport { PACK_SIZE } from './packs';";
    expect(upwardImports('lib/storage/example.ts', source, BELOW_LIBRARY)).toEqual([]);
  });
});
