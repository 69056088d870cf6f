// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone, so packs keep Blob bodies as in browsers.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PolicyLensDb, exportRuns } from '../../../lib/storage';
import type { Card } from '../../../lib/schema';
import { buildExportBlob, buildExportDocument } from '../../../lib/transfer/export-format';
import { importFile, type ImportSource } from '../../../lib/transfer/import-file';
import { checkRunsHere } from '../../../lib/transfer/card-check';
import { decodeUtf8, findDuplicateKey, firstInvalidByte, isDateTime } from '../../../lib/transfer/card-meaning';
import { readImportPart, readImportSlice, readSplit } from '../../../lib/transfer/worker-jobs';
import { finding, makeCard } from '../library/make-card';

let db: PolicyLensDb;
let n = 0;
beforeEach(async () => {
  db = new PolicyLensDb(`meaning-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const cards = Array.from({ length: 12 }, (_, i) =>
  makeCard(`Svc ${i} “ü”`, [finding('sharing', 'sale', i % 2 ? 'yes' : 'no'), finding('rights', 'access')], { hash: `m${i}` }),
);
const fileOf = (cs: unknown[]) => JSON.stringify({ ...buildExportDocument(cards), cards: cs });
const bytesSource = (bytes: Uint8Array): ImportSource & { arrayBuffer(): Promise<ArrayBuffer> } => ({
  size: bytes.length,
  text: async () => new TextDecoder().decode(bytes),
  arrayBuffer: async () => bytes.slice().buffer,
});
const encode = (text: string) => new TextEncoder().encode(text);

/** Whether the last split read really split the file (or fell back to whole reads). */
let splitUsed = false;

/** The three ways the library reads a file: on the page, whole in each worker, split at card boundaries (stored as the file's bytes). */
const PATHS: Array<[string, (bytes: Uint8Array) => Parameters<typeof importFile>[2]]> = [
  ['on the page', () => ({})],
  ['whole, in two workers', (bytes) => ({ readInWorkers: () => Promise.all([0, 1].map((k) => readImportSlice(new Blob([bytes as Uint8Array<ArrayBuffer>]), k, 2))) })],
  [
    'split in three parts, byte-copied',
    (bytes) => {
      const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
      return {
        readInWorkers: async () => {
          const split = await readSplit(file, 3, (range, index, count) => readImportPart(file, range, index, count), 0);
          splitUsed = !!split;
          return split ?? Promise.all([0, 1, 2].map((k) => readImportSlice(file, k, 3)));
        },
      };
    },
  ],
];

const mutate = (i: number, change: (c: Card) => unknown) => fileOf(cards.map((c, k) => (k === i ? change(structuredClone(c)) : c)));
const withQuote = (c: Card, e: Partial<Card['findings'][0]['evidence'][0]>) => ({
  ...c,
  findings: [c.findings[0], { ...c.findings[1]!, evidence: [{ ...c.findings[1]!.evidence[0]!, ...e }] }],
});

/** The file with `"start":0` added again after card `i`'s first quote text. */
function keyTwiceInQuote(i: number): string {
  const text = fileOf(cards);
  const at = text.indexOf('"text":', text.indexOf(`{"id":"${cards[i]!.id}"`));
  const end = text.indexOf('"', at + 8) + 1;
  return `${text.slice(0, end)},"start":0${text.slice(end)}`;
}

const BAD_FILES: Array<[string, string, string]> = [
  ['a quote past the end of the text', mutate(7, (c) => withQuote(c, { start: 990, end: 1004, text: 'rights/access' + 'x' })), 'cards[7].findings[1].evidence[0].end: the quote ends at 1004, after the end of the text (source.textLength 1000)'],
  ['a quote that does not match its offsets', mutate(9, (c) => withQuote(c, { text: 'rights/access yes and more' })), 'cards[9].findings[1].evidence[0].text: the quote does not match its offsets'],
  ['analyzedAt "zzzz"', mutate(8, (c) => ({ ...c, analyzedAt: 'zzzz' })), 'cards[8].analyzedAt: not a date and time (expected like "2025-01-31T12:00:00.000Z", got "zzzz")'],
  ['analyzedAt on 31 February', mutate(1, (c) => ({ ...c, analyzedAt: '2025-02-31T00:00:00.000Z' })), 'cards[1].analyzedAt: not a date and time'],
  ['a second "id" key in a card', fileOf(cards).replace(`{"id":"${cards[10]!.id}"`, `{"id":"${cards[10]!.id}","id":"other"`), 'cards[10].id: the key "id" appears twice in the same object'],
  ['a key twice in a quote', keyTwiceInQuote(5), 'cards[5].findings[0].evidence[0].start: the key "start" appears twice in the same object'],
];

describe('import checks what cards mean, on every path', () => {
  for (const [pathName, options] of PATHS) {
    test.each(BAD_FILES)(`${pathName}: %s is refused with its path`, async (_why, text, says) => {
      const bytes = encode(text);
      const r = await importFile(db, bytesSource(bytes), options(bytes));
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.error).toContain(says);
      expect(await db.cards.count()).toBe(0);
      // The byte-copy path itself refuses these (it does not leave them to a whole read).
      if (pathName.startsWith('split')) expect(splitUsed).toBe(true);
    });

    test(`${pathName}: bytes that are not UTF-8 are refused with their offset`, async () => {
      const good = encode(fileOf(cards));
      const at = good.indexOf(0xc3 /* the first byte of “ü” */, good.length >> 1);
      const bad = good.slice();
      bad[at] = 0xff;
      const r = await importFile(db, bytesSource(bad), options(bad));
      expect(r).toEqual({ ok: false, error: `The file is not valid UTF-8: the byte at offset ${at} is not part of a valid character.` });
      expect(await db.cards.count()).toBe(0);
    });

    test(`${pathName}: the same cards without these faults import`, async () => {
      const bytes = encode(fileOf(cards));
      expect(await importFile(db, bytesSource(bytes), options(bytes))).toMatchObject({ ok: true, imported: cards.length });
    });
  }

  test('a version 1 export written before taxonomy v2 (no condition, no contrary) still imports unchanged', async () => {
    const old = fileOf(cards);
    expect(old).not.toMatch(/"condition"|"contrary"/);
    expect(await importFile(db, bytesSource(encode(old)))).toMatchObject({ ok: true, imported: cards.length });
    expect((await db.cards.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...cards].sort((a, b) => a.id.localeCompare(b.id)));
  });

  test('an export refuses stored bytes it would refuse to import (a key twice, kept from an older import)', async () => {
    const twice = `{"id":"x",${JSON.stringify(cards[0]).slice(1)}`;
    const runs = [{ body: new Blob([JSON.stringify(cards[1]), ',', twice]), count: 2, checked: false }];
    await expect(buildExportBlob(runs, checkRunsHere)).rejects.toThrow('Cannot export: cards[1].id: the key "id" appears twice in the same object');
    expect(await exportRuns(db)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  test.each([
    ['2025-01-31T12:00:00.000Z', true],
    ['2025-01-31T12:00:00+02:00', true],
    ['2024-02-29T00:00Z', true],
    ['2025-02-29T00:00:00Z', false],
    ['2025-13-01T00:00:00Z', false],
    ['2025-01-01T24:00:00Z', false],
    ['2025-01-01', false],
    ['zzzz', false],
    ['', false],
  ])('isDateTime(%j) is %s', (text, ok) => expect(isDateTime(text)).toBe(ok));

  test.each([
    ['{"a":1,"b":{"a":2}}', undefined],
    ['{"a":1,"a":2}', ['a']],
    ['{"a":1,"\\u0061":2}', ['a']],
    ['{"x":[{"k":"\\"","k":1}]}', ['x', 0, 'k']],
    ['[{},{"a":"}{,","b":[1,2,{"c":0,"c":1}]}]', [1, 'b', 2, 'c']],
    ['{"a\\\\":1,"a":2}', undefined],
  ])('findDuplicateKey(%s) → %j', (text, path) => {
    JSON.parse(text);
    expect(findDuplicateKey(text)?.path).toEqual(path);
  });

  test.each([
    [[0x41, 0xff], 1],
    [[0x41, 0xc3], 1],
    [[0xe2, 0x82, 0xac, 0xc0, 0x80], 3],
    [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate written as UTF-8
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
  ])('first invalid byte of %j is at %i', (bytes, at) => {
    expect(firstInvalidByte(new Uint8Array(bytes))).toBe(at);
    expect(decodeUtf8(new Uint8Array(bytes), 100)).toEqual({ ok: false, at: 100 + at });
  });
});
