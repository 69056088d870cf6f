// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone, so packs keep Blob bodies as in browsers.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PolicyLensDb } from '../../../lib/storage';
import { buildExportDocument, parseExportText } from '../../../lib/transfer/export-format';
import { importFile } from '../../../lib/transfer/import-file';
import { cardSpans, findSplits } from '../../../lib/transfer/split';
import { keptEveryKey } from '../../../lib/transfer/card-check';
import { readImportPart, readImportSlice, readSplit } from '../../../lib/transfer/worker-jobs';
import { finding, makeCard } from '../library/make-card';
import { byId, textSource as source } from '../support/import-source';

let db: PolicyLensDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyLensDb(`split-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const cards = Array.from({ length: 24 }, (_, i) =>
  makeCard(`Svc ${i} “ü”`, [finding('sharing', 'sale', i % 2 ? 'yes' : 'no'), finding('rights', 'access')], { hash: `s${i}` }),
);
const doc = buildExportDocument(cards, new Date('2025-03-04T05:06:07Z'));
const valid = JSON.stringify(doc);

/** Reads a file as the library page does, split in `parts` (no size minimum), falling back to whole reads. */
function splitReader(text: string, parts: number, used: { split: boolean }) {
  const file = new Blob([text]);
  return async () => {
    const split = await readSplit(file, parts, (range, index, count) => readImportPart(file, range, index, count), 0);
    used.split = !!split;
    return split ?? Promise.all(Array.from({ length: parts }, (_, k) => readImportSlice(file, k, parts)));
  };
}

describe('split import', () => {
  test('splits between cards only, and the parts hold every card once', async () => {
    const file = new Blob([valid]);
    const ranges = (await findSplits(file, 3, 0))!;
    expect(ranges).toHaveLength(3);
    const text = new TextDecoder();
    const bytes = new Uint8Array(await file.arrayBuffer());
    for (const [start] of ranges.slice(1)) expect(text.decode(bytes.subarray(start, start + 6))).toBe('{"id":');
    const parts = await Promise.all(ranges.map((r, i) => readImportPart(file, r, i, 3)));
    expect(parts.map((p) => p.ok && p.count).reduce((a, b) => Number(a) + Number(b), 0)).toBe(cards.length);
    expect(await findSplits(file, 2)).toBeUndefined(); // small files are read whole
  });

  test('imports exactly what a whole read imports', async () => {
    for (const parts of [2, 3, 4]) {
      const used = { split: false };
      expect(await importFile(db, source(valid), { readInWorkers: splitReader(valid, parts, used) })).toMatchObject({ ok: true, imported: cards.length });
      expect(used.split).toBe(true);
      expect(byId(await db.cards.toArray())).toEqual(byId(cards));
      await db.packs.clear();
    }
  });

  test('pretty-printed files and files with fields after the cards still import (split or whole)', async () => {
    for (const text of [JSON.stringify(doc, null, 2), JSON.stringify({ ...doc, cards: doc.cards, extra: 1 }), JSON.stringify({ cards: doc.cards, format: doc.format, version: doc.version, exportedAt: doc.exportedAt })]) {
      const r = await importFile(db, source(text), { readInWorkers: splitReader(text, 2, { split: false }) });
      expect(r).toEqual(await importFile(new PolicyLensDb(`whole-${n++}`), source(text)));
      await db.packs.clear();
    }
  });

  test('a second "cards" after the split is left to the whole read, which refuses the key twice', async () => {
    const text = `${valid.slice(0, -1)},"cards":[]}`;
    const used = { split: true };
    const r = await importFile(db, source(text), { readInWorkers: splitReader(text, 2, used) });
    expect(used.split).toBe(false);
    expect(r).toEqual({ ok: false, error: 'cards: the key "cards" appears twice in the same object' });
    expect(await db.cards.count()).toBe(0);
  });

  test('mutated and truncated files: the same message, or the same cards, as parseExportText', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: cards.length - 1 }),
        fc.constantFrom('status', 'id', 'evidence', 'section'),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        fc.option(fc.integer({ min: 1, max: valid.length - 1 })),
        fc.integer({ min: 2, max: 4 }),
        async (card, field, value, cut, parts) => {
          const mutated = structuredClone(doc) as unknown as { cards: Array<{ findings: Array<Record<string, unknown>> }> };
          mutated.cards[card]!.findings[0]![field] = value;
          let text = JSON.stringify(mutated);
          if (cut !== null) text = text.slice(0, cut);
          const expected = parseExportText(text);
          const r = await importFile(db, source(text), { readInWorkers: splitReader(text, parts, { split: false }) });
          if (expected.ok) {
            expect(r).toMatchObject({ ok: true, imported: expected.document.cards.length });
            expect(byId(await db.cards.toArray())).toEqual(byId(expected.document.cards));
          } else {
            expect(r).toEqual({ ok: false, error: expected.error });
            expect(await db.cards.count()).toBe(0);
          }
          await db.packs.clear();
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('card byte spans', () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  test('every part of a split file: its cards, byte for byte, or undefined', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 4 }), fc.boolean(), async (parts, pretty) => {
        const text = pretty ? JSON.stringify(doc, null, 2) : valid;
        const file = new Blob([text]);
        const ranges = await findSplits(file, parts, 0);
        if (!ranges) return;
        const all = encoder.encode(text);
        const found: unknown[] = [];
        ranges.forEach(([a, b], index) => {
          const bytes = all.subarray(a, b);
          const spans = cardSpans(bytes, index);
          expect(spans).toBeDefined();
          for (const [s, e] of spans!) found.push(JSON.parse(decoder.decode(bytes.subarray(s, e))));
        });
        expect(found).toEqual(JSON.parse(text).cards);
      }),
      { numRuns: 20 },
    );
  });

  test.each([
    ['short', 'a"b'],
    ['an escape at the end of the short scan', `${'x'.repeat(22)}\\"]},{"id`],
    ['an escaped quote just past it', `${'x'.repeat(24)}"]},{"id":"`],
    ['long with escapes', `${'y'.repeat(100)}\\\\"[{":,${'z'.repeat(40)}\\`],
    ['exactly the short length', 'q'.repeat(23)],
  ])('string ends are found in %s strings (spans and key counts as the parsed cards say)', (_name, text) => {
    const cards = [{ id: 'a', t: text, k: { [text]: 1 } }, { id: 'b', t: `${text}${text}` }];
    const bytes = encoder.encode(JSON.stringify({ cards }));
    const colons: number[] = [];
    const spans = cardSpans(bytes, 0, colons)!;
    expect(spans.map(([s, e]) => JSON.parse(decoder.decode(bytes.subarray(s, e))))).toEqual(cards);
    expect(colons).toEqual([4, 2]);
  });

  test('strings with brackets, quotes and escapes do not move a boundary; other shapes give undefined', () => {
    const tricky = { format: 'policy-lens', version: 1, exportedAt: 'x', cards: [{ id: 'a"]},{"id', n: '\\\\"[{' }, { id: 'b', e: '“ü”' }] };
    const bytes = encoder.encode(JSON.stringify(tricky));
    const spans = cardSpans(bytes, 0)!;
    expect(spans.map(([s, e]) => JSON.parse(decoder.decode(bytes.subarray(s, e))))).toEqual(tricky.cards);
    expect(cardSpans(encoder.encode('{"cards":["not a card"]}'), 0)).toBeUndefined();
    expect(cardSpans(encoder.encode('{"other":[{"id":"a"}]}'), 0)).toBeUndefined();
    expect(cardSpans(encoder.encode('{"id":"a"'), 1)).toBeUndefined();
  });
});

describe('keptEveryKey', () => {
  test('true only when zod dropped nothing', () => {
    const card = cards[0]!;
    const copy = JSON.parse(JSON.stringify(card)) as typeof card;
    expect(keptEveryKey(copy, card)).toBe(true);
    expect(keptEveryKey({ ...copy, extra: 1 }, card)).toBe(false);
    const deep = JSON.parse(JSON.stringify(card)) as { findings: Array<{ evidence: Array<Record<string, unknown>> }> };
    deep.findings[0]!.evidence[0]!.note = 'x';
    expect(keptEveryKey(deep, card)).toBe(false);
  });

  test.each([
    ['every other card with an unknown key (file bytes and new JSON in one pack)', JSON.stringify({ ...doc, cards: doc.cards.map((c, i) => (i % 2 ? { ...c, unknownField: 1 } : c)) })],
    ['pretty-printed (cards not one comma apart)', JSON.stringify(doc, null, 1)],
    ['as Policy Lens writes it (a pack is one slice of the part)', valid],
  ])('pack bodies from file slices: %s; each card reads back alone and with its pack', async (_name, text) => {
    const used = { split: false };
    expect(await importFile(db, source(text), { readInWorkers: splitReader(text, 2, used) })).toMatchObject({ ok: true, imported: cards.length });
    expect(used.split).toBe(true);
    expect(byId(await db.cards.toArray())).toEqual(byId(cards));
    expect(byId((await db.cards.bulkGet(cards.map((c) => c.id))) as typeof cards)).toEqual(byId(cards));
  });

  test('an import of a file with unknown keys stores the validated card, not the file bytes', async () => {
    const extra = { ...doc, cards: doc.cards.map((c) => ({ ...c, unknownField: 'dropped' })) };
    const used = { split: false };
    const outcome = await importFile(db, source(JSON.stringify(extra)), { readInWorkers: splitReader(JSON.stringify(extra), 2, used) });
    expect(outcome.ok).toBe(true);
    expect(used.split).toBe(true);
    expect(byId(await db.cards.toArray())).toEqual(byId(cards));
  });
});
