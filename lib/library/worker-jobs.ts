import type { CardPack } from '../storage/db';
import { checkCards, type CheckResult } from './card-check';
import { parseExportHead } from './import-export';
import { errorMessage } from '../errors/error-message';

/**
 * The heavy parts of export and import, written to run in a worker (plain
 * IndexedDB, no Dexie, no DOM), so both cores work and the page stays free.
 */

let open: Promise<IDBDatabase> | undefined;
let openName = '';

/** One connection per worker, closed as soon as another one wants to upgrade the database. */
function database(name: string): Promise<IDBDatabase> {
  if (open && openName === name) return open;
  openName = name;
  open = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        open = undefined;
      };
      resolve(db);
    };
  });
  open.catch(() => (open = undefined));
  return open;
}

/**
 * Reads the packs with ids `first`..`last` (one read), checks every card's
 * JSON with the export's card schema, and turns the cards into one Blob of
 * `json,json,…` (the export file's bytes for them). Paths in `result` count
 * from the first card of this run.
 */
export async function checkPacks(dbName: string, first: number, last: number): Promise<{ result: CheckResult; blob: Blob; ids: string[] }> {
  const db = await database(dbName);
  const packs = await new Promise<CardPack[]>((resolve, reject) => {
    const request = db.transaction('packs', 'readonly').objectStore('packs').getAll(IDBKeyRange.bound(first, last));
    request.onsuccess = () => resolve(request.result as CardPack[]);
    request.onerror = () => reject(request.error ?? new Error('cannot read the library'));
  });
  const json = packs.flatMap((p) => p.json);
  const result = checkCards({ items: json, offset: 0, fromJson: true, prepare: false });
  return { result, blob: new Blob(result.problems ? [] : [json.join(',')]), ids: packs.flatMap((p) => p.ids) };
}

/** One worker's share of an import: the file's head checked, and its run of cards checked and prepared. */
export type ImportSlice =
  | { ok: false; error: string }
  | { ok: true; head: CheckResult; count: number; result: CheckResult };

/**
 * Reads an export file, checks its head (exactly as `importFile` does on the
 * page) and checks and prepares part `part` of `parts` consecutive runs of
 * its cards. Every worker parses the whole text (the cheapest way to find
 * its cards) and validates only its own run.
 */
export async function readImportSlice(file: Blob, part: number, parts: number): Promise<ImportSlice> {
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, error: `The file could not be read (${errorMessage(e)}).` };
  }
  const head = parseExportHead(text);
  text = '';
  if (!head.ok) return head;
  const size = Math.ceil(head.cards.length / parts);
  const items = head.cards.slice(part * size, (part + 1) * size);
  const result = checkCards({ items, offset: part * size, fromJson: false, prepare: true });
  return { ok: true, head: head.head, count: head.cards.length, result };
}
