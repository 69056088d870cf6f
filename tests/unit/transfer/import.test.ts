// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone, so packs keep Blob bodies as in browsers.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PolicyLensDb, cardSchemaStamp, exportRuns, importCards, restoreCards } from '../../../lib/storage';
import { EXPORT_FORMAT } from '../../../lib/schema';
import { checkCards, checkRunsHere, mergeChecks, type CardChecker, type RunChecker } from '../../../lib/transfer/card-check';
import {
  buildExportBlob,
  buildExportDocument,
  exportFileName,
  migrate,
  parseExportText,
  type Migration,
} from '../../../lib/transfer/export-format';
import { importFile } from '../../../lib/transfer/import-file';
import { readImportSlice } from '../../../lib/transfer/worker-jobs';
import { finding, makeCard } from '../library/make-card';
import { byId, textSource as source } from '../support/import-source';

let db: PolicyLensDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyLensDb(`import-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const clearAll = () => db.packs.clear();


const cards = [
  makeCard('Acme', [finding('sharing', 'sale', 'no'), finding('retention', 'stated', 'yes', { value: 'P30D' })], { hash: 'h1' }),
  makeCard('Beta', [finding('rights', 'delete'), finding('sharing', 'named', 'yes', { detail: 'Stripe' })], { hash: 'h2' }),
  makeCard('Acme', [finding('sharing', 'sale', 'yes')], { hash: 'h3', analyzedAt: '2025-02-01T00:00:00.000Z' }),
];
const valid = JSON.stringify(buildExportDocument(cards, new Date('2025-03-04T05:06:07Z')));

// Replaces one random value anywhere in the document with a random JSON value.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
const base = JSON.parse(valid) as Json;
const allPaths = paths(base).filter((p) => p.length > 0);

/** The valid file's text with the value at `path` replaced (`undefined` drops the key). */
function withReplaced(path: ReadonlyArray<string | number>, replacement: unknown): string {
  const doc = structuredClone(base) as Record<string | number, unknown>;
  let target = doc;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = replacement;
  return JSON.stringify(doc);
}

describe('export', () => {
  test('names the file by date and writes a document the importer reads back', () => {
    expect(exportFileName(new Date(2025, 2, 4, 23, 59))).toBe('policy-lens-2025-03-04.json');
    const parsed = parseExportText(valid);
    expect(parsed.ok && parsed.document.cards).toEqual(cards);
  });

  test('refuses to write an invalid document', () => {
    const bad = { ...cards[0]!, findings: [{ ...cards[0]!.findings[0]!, status: 'maybe' }] };
    expect(() => buildExportDocument([bad as never])).toThrow(/cards\[0\]\.findings\[0\]\.status: expected "yes" or "no"/);
  });
});

describe('import validation', () => {
  test('names the problem and where it is', async () => {
    const doc = JSON.parse(valid);
    doc.cards[2].findings[0].status = 'maybe';
    expect(parseExportText(JSON.stringify(doc))).toEqual({
      ok: false,
      error: 'cards[2].findings[0].status: expected "yes" or "no"',
    });
  });

  test('says so for empty, not-JSON, wrong format, newer version and too large', async () => {
    const err = async (text: string, max?: number) => {
      const r = await importFile(db, source(text), max ? { maxBytes: max } : {});
      return r.ok ? 'ok' : r.error;
    };
    expect(await err('')).toBe('The file is empty.');
    expect(await err('   \n')).toBe('The file is empty.');
    expect(await err('{"format": ')).toMatch(/^The file is not valid JSON/);
    expect(await err('[1,2]')).toMatch(/not a Policy Lens export/);
    expect(await err('{"format":"other/export","version":1}')).toMatch(/format "other\/export", expected "policy-lens\/export"/);
    expect(await err(JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: 'x', cards: [] }))).toMatch(/newer Policy Lens \(format version 2\)/);
    expect(await err(valid, 100)).toMatch(/too large/);
    expect(await db.cards.count()).toBe(0);
  });

  test('a future version can add a migration keyed by version', () => {
    // Pretend version 2 is current and renamed `cards` to `policies` in the past.
    const migrations: Record<number, Migration> = { 1: (doc) => ({ ...doc, cards: doc.policies, policies: undefined }) };
    const old = { format: EXPORT_FORMAT, version: 1, exportedAt: 'x', policies: [1] };
    expect(migrate(old, migrations, 2)).toEqual({ ok: true, document: { format: EXPORT_FORMAT, version: 2, exportedAt: 'x', cards: [1], policies: undefined } });
    expect(migrate(old, {}, 2)).toMatchObject({ ok: false, error: expect.stringMatching(/migration to 2 is missing/) });
  });
});

describe('import into the library', () => {
  test('imports all, then skips what is already there', async () => {
    expect(await importFile(db, source(valid))).toEqual({ ok: true, imported: 3, skipped: 0, message: 'Imported 3' });
    expect(await db.cards.count()).toBe(3);
    const extra = makeCard('Gamma', [finding('rights', 'access')]);
    const doc = JSON.stringify(buildExportDocument([...cards, extra]));
    expect(await importFile(db, source(doc))).toMatchObject({ ok: true, message: 'Imported 1, 3 already in your library' });
    expect(byId(await db.cards.toArray())).toEqual(byId([...cards, extra]));
  });

  test('duplicates inside the file count once', async () => {
    const doc = JSON.stringify(buildExportDocument([cards[0]!, cards[0]!]));
    expect(await importFile(db, source(doc))).toMatchObject({ ok: true, imported: 1, skipped: 1 });
  });

  test('an id clash aborts the whole import: nothing is written', async () => {
    const clash = { ...cards[1]!, source: { ...cards[1]!.source, textHash: 'other' } };
    const doc = JSON.stringify(buildExportDocument([cards[0]!, cards[1]!, clash]));
    const r = await importFile(db, source(doc));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/cards\[2\]\.id/) });
    expect(await db.cards.count()).toBe(0);
  });
});

describe('import never crashes and never writes part of a file', () => {
  const prefill = makeCard('Existing', [finding('rights', 'access')], { hash: 'pre' });

  test('truncated files', async () => {
    await restoreCards(db, [prefill]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: valid.length - 1 }), async (cut) => {
        const r = await importFile(db, source(valid.slice(0, cut)));
        expect(r.ok).toBe(false);
        expect(await db.cards.count()).toBe(1);
      }),
      { numRuns: 150 },
    );
  });


  test('mutated fields', async () => {
    await restoreCards(db, [prefill]);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...allPaths),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        async (path, replacement) => {
          const before = await db.cards.count();
          const r = await importFile(db, source(withReplaced(path, replacement)));
          if (r.ok) {
            // A mutation can leave a valid file (e.g. another title): then it is all in.
            expect(await db.cards.count()).toBe(before + r.imported);
            await clearAll();
            await restoreCards(db, [prefill]);
          } else {
            expect(r.error.length).toBeGreaterThan(0);
            expect(await db.cards.count()).toBe(before);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const r = await importFile(db, source(text));
        expect(r.ok).toBe(false);
        expect(await db.cards.count()).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the fast paths say and write exactly what the whole-document schema would', () => {
  test('the export Blob has the bytes of JSON.stringify(buildExportDocument)', async () => {
    const now = new Date('2025-03-04T05:06:07Z');
    const runs = (checked: boolean) => cards.map((c) => ({ body: new Blob([JSON.stringify(c)]), count: 1, checked }));
    expect(await (await buildExportBlob(runs(false), checkRunsHere, now)).text()).toBe(valid);
    expect(await (await buildExportBlob(runs(true), checkRunsHere, now)).text()).toBe(valid);
    const two = [{ body: cards.slice(0, 2).map((c) => JSON.stringify(c)).join(','), count: 2, checked: false }, runs(true)[2]!];
    expect(await (await buildExportBlob(two, checkRunsHere, now)).text()).toBe(valid);
    expect(await buildExportBlob([], checkRunsHere, now).then((b) => b.text())).toBe(JSON.stringify(buildExportDocument([], now)));
  });

  test('export refuses a stored card the schema refuses, naming its place in the file', async () => {
    const bad = JSON.stringify({ ...cards[1]!, findings: [{ ...cards[1]!.findings[0]!, status: 'maybe' }] });
    const runs = [
      { body: new Blob([JSON.stringify(cards[0])]), count: 1, checked: true },
      { body: new Blob([`${JSON.stringify(cards[2])},${bad}`]), count: 2, checked: false },
    ];
    await expect(buildExportBlob(runs, checkRunsHere)).rejects.toThrow('Cannot export: cards[2].findings[0].status: expected "yes" or "no"');
    const broken = [{ body: '{"id":', count: 1, checked: false }];
    await expect(buildExportBlob(broken, checkRunsHere)).rejects.toThrow(/^Cannot export: cards\[0\]: not valid JSON/);
  });

  test('export checks only runs written under another card schema, and checks those', async () => {
    // Three packs: stamped with today's schema, then one written before (another stamp), then stamped again.
    const many = Array.from({ length: 70 }, (_, i) => makeCard(`S${i}`, [finding('rights', 'access')], { hash: `m${i}` }));
    await importCards(db, many);
    const packs = await db.packs.toArray();
    expect(packs.map((p) => p.ids.length)).toEqual([32, 32, 6]);
    expect(packs.every((p) => p.checked === cardSchemaStamp())).toBe(true);
    await db.packs.update(2, { checked: 'card-v1.0.00000000' });
    const seen: Array<{ offset: number; text: string }> = [];
    const spy: RunChecker = async (runs) => {
      for (const r of runs) seen.push({ offset: r.offset, text: typeof r.body === 'string' ? r.body : await r.body.text() });
      return checkRunsHere(runs);
    };
    const now = new Date('2025-03-04T05:06:07Z');
    const blob = await buildExportBlob(await exportRuns(db), spy, now);
    expect(seen.map((r) => r.offset)).toEqual([32]);
    expect(JSON.parse(`[${seen[0]!.text}]`).map((c: { id: string }) => c.id)).toEqual(many.slice(32, 64).map((c) => c.id));
    expect(byId(JSON.parse(await blob.text()).cards)).toEqual(byId(many));

    // A pack the old schema let through but today's refuses: the export names it, nothing is downloaded.
    const old = (await db.packs.get(2))!;
    const badCard = { ...many[40]!, findings: [{ ...many[40]!.findings[0]!, status: 'maybe' }] };
    const json = JSON.parse(`[${await (old.body as Blob).text()}]`) as unknown[];
    json[8] = badCard;
    const texts = json.map((c) => JSON.stringify(c));
    await db.packs.put({ ...old, body: new Blob([texts.join(',')]), sizes: texts.map((t) => new Blob([t]).size) });
    await expect(buildExportBlob(await exportRuns(db), checkRunsHere, now)).rejects.toThrow('Cannot export: cards[40].findings[0].status: expected "yes" or "no"');
    // The same bad bytes under today's stamp are trusted: the stamp is the promise that they were checked.
    await db.packs.update(2, { checked: cardSchemaStamp() });
    await expect(buildExportBlob(await exportRuns(db), checkRunsHere, now)).resolves.toBeInstanceOf(Blob);
  });

  test('split validation (in runs, as the workers do) reports what parseExportText reports', async () => {
    const inRuns: CardChecker = async (request) => {
      const runs = [0, 1, 2].map((k) => checkCards({ ...request, items: request.items.slice(k, k + 1), offset: request.offset + k }));
      return mergeChecks([...runs, checkCards({ ...request, items: request.items.slice(3), offset: request.offset + 3 })]);
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...allPaths), fc.oneof(fc.jsonValue(), fc.constant(undefined)), async (path, replacement) => {
        const text = withReplaced(path, replacement);
        const expected = parseExportText(text);
        const r = await importFile(db, source(text), { check: inRuns });
        if (expected.ok) expect(r.ok).toBe(true);
        else expect(r).toEqual({ ok: false, error: expected.error });
        await clearAll();
      }),
      { numRuns: 200 },
    );
  });

  test('import read and checked in parts (as the workers do) says and writes what parseExportText would', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...allPaths),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        fc.integer({ min: 1, max: 4 }),
        async (path, replacement, parts) => {
          const text = withReplaced(path, replacement);
          const expected = parseExportText(text);
          const readInWorkers = () => Promise.all(Array.from({ length: parts }, (_, k) => readImportSlice(new Blob([text]), k, parts)));
          const r = await importFile(db, source(text), { readInWorkers });
          if (expected.ok) {
            expect(r).toMatchObject({ ok: true, imported: expected.document.cards.length });
            const stored = await db.cards.toArray();
            expect(byId(stored)).toEqual(byId(expected.document.cards));
          } else {
            expect(r).toEqual({ ok: false, error: expected.error });
            expect(await db.cards.count()).toBe(0);
          }
          await clearAll();
        },
      ),
      { numRuns: 150 },
    );
  });

  test('import in parts refuses what the page refuses, with the same words', async () => {
    for (const text of ['   ', '{"format":', '[1]', JSON.stringify({ format: 'other' }), JSON.stringify({ ...JSON.parse(valid), version: 9 })]) {
      const readInWorkers = () => Promise.all([0, 1].map((k) => readImportSlice(new Blob([text]), k, 2)));
      expect(await importFile(db, source(text), { readInWorkers })).toEqual(await importFile(db, source(text)));
    }
    const unreadable = { size: 10, text: () => Promise.reject(new Error('gone')) };
    const broken = { text: () => Promise.reject(new Error('gone')) } as unknown as Blob;
    expect(await importFile(db, unreadable, { readInWorkers: () => Promise.all([readImportSlice(broken, 0, 1)]) })).toEqual(await importFile(db, unreadable));
  });
});
