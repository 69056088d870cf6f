import { cardSchema, type Card } from '../schema';
import { summarizeCard, type CardSummary } from '../card-facts/summary';
import { cardSchemaStamp } from './card-stamp';

/** Cards per pack: ~11 KB each, so a pack body is a few hundred KB, one row and one Blob. */
export const PACK_SIZE = 32;

/**
 * A card ready to store: its JSON and list summary (made once, possibly in a
 * worker), and the card schema stamp when that JSON passed the schema.
 */
export type PreparedCard = {
  summary: CardSummary;
  checked?: string;
} & (
  | { json: string }
  /**
   * The card's bytes as they are in an imported file, when they are exactly
   * the JSON of the validated card: no need to stringify and encode it
   * again. Only where pack bodies are Blobs.
   */
  | { source: CardSource }
);

/**
 * A card's JSON as UTF-8 bytes in a file it was imported from: bytes
 * `[start, start + size)` of `blob` (one Blob per part of the file, made
 * once). `commaBefore`: the byte just before `start` is the comma after the
 * card before it, so consecutive cards of a pack are one slice of `blob`.
 */
export interface CardSource {
  blob: Blob;
  start: number;
  size: number;
  commaBefore?: boolean;
}

/**
 * Up to `PACK_SIZE` cards in one row. `body` holds their JSON joined by
 * commas, exactly the bytes an export file holds for them, as a Blob: the
 * database keeps it as a file, a read hands back a reference (no bytes), and
 * an export is those references joined. `sizes[i]` is card i's length in
 * UTF-8 bytes, so one card is a `slice` of the body. `checked` is the card
 * schema stamp (`cardSchemaStamp`) every card passed before it was written.
 */
export interface PackContent {
  /** Card ids, in body order (multi-entry index: find a card's pack). */
  ids: string[];
  /** `packKey(url, textHash)` of each card (multi-entry index: dedupe, versions of a URL). */
  keys: string[];
  /** JSON of the cards' `CardSummary[]`: one string is cheaper to store and read than 32 objects. */
  summaryJson: string;
  /** Each card's length in body units: UTF-8 bytes in a Blob body, UTF-16 units in a string body. */
  sizes: number[];
  /** A string only where structured clone cannot carry a Blob (`storesBlobs`). */
  body: Blob | string;
  checked?: string;
}

export interface CardPack extends PackContent {
  id: number;
}

let blobBodies: boolean | undefined;

/**
 * Whether pack bodies are Blobs: everywhere structured clone (what
 * IndexedDB stores) can carry a Blob, i.e. every browser Policy Lens runs
 * in. Where it cannot (DOM fakes in unit tests), bodies are plain strings
 * with the same layout, so every path still works, only slower for exports.
 */
export function storesBlobs(): boolean {
  if (blobBodies === undefined) {
    try {
      blobBodies = typeof Blob === 'function' && structuredClone(new Blob(['x'])) instanceof Blob;
    } catch {
      blobBodies = false;
    }
  }
  return blobBodies;
}

/** A body from parts, Blob or string as `blob` says (string parts only for a string body). */
function makeBody(parts: ReadonlyArray<Blob | string>, blob: boolean): Blob | string {
  return blob ? new Blob(parts as BlobPart[]) : (parts as string[]).join('');
}

/** The index key of one policy version; every version of a URL lies in `urlRange(url)`. */
export function packKey(url: string, textHash: string): string {
  return `${url}\u0000${textHash}`;
}

/** Bounds of every `packKey` of this URL, for a range query. */
export function urlRange(url: string): [string, string] {
  return [`${url}\u0000`, `${url}\u0001`];
}

/** Length of `text` in UTF-8 bytes (what `new Blob([text]).size` says), without encoding it. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else n += 2; // 3 bytes (a lone surrogate becomes U+FFFD, also 3)
  }
  return n;
}

/**
 * Turns a card into what is stored. The card is validated with the card
 * schema first: if it passes, its JSON is zod's output and it carries the
 * stamp, so an export need not validate it again; if not, it is stored as it
 * is, unstamped, and the export's check will name it.
 */
export function prepareCard(card: Card): PreparedCard & { json: string } {
  const parsed = cardSchema.safeParse(card);
  if (!parsed.success) return { json: JSON.stringify(card), summary: summarizeCard(card) };
  return { json: JSON.stringify(parsed.data), summary: summarizeCard(parsed.data), checked: cardSchemaStamp() };
}

/** The stamp all of these carry, or `undefined` if one lacks it (or they differ). */
function commonStamp(stamps: ReadonlyArray<string | undefined>): string | undefined {
  const first = stamps[0];
  return first !== undefined && stamps.every((s) => s === first) ? first : undefined;
}

let scratch = new Uint8Array(0);
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/**
 * `json,json,…` as one Blob and each card's size in bytes: encoded once
 * into a reused buffer (the sizes fall out of the encoding, and a Blob made
 * from bytes skips the string conversion Blob would do for each part).
 */
function encodeBody(jsons: readonly string[]): { body: Blob; sizes: number[] } {
  if (!encoder) return { body: new Blob(jsons.flatMap((j, i) => (i ? [',', j] : [j]))), sizes: jsons.map(utf8Length) };
  const most = jsons.reduce((n, j) => n + j.length * 3 + 1, 0);
  if (scratch.length < most) scratch = new Uint8Array(most);
  const sizes: number[] = [];
  let at = 0;
  jsons.forEach((json, i) => {
    if (i) scratch[at++] = 0x2c; // ','
    const { written } = encoder.encodeInto(json, scratch.subarray(at));
    sizes.push(written);
    at += written;
  });
  return { body: new Blob([scratch.subarray(0, at)]), sizes };
}

/**
 * A pack's body and card sizes: encoded JSON, or (imports) slices of the
 * file's Blob, joined by reference. Consecutive cards that lie in the file
 * one comma apart are one slice, so a pack of cards as Policy Lens writes
 * them is a single slice: no byte is copied and no Blob is made per pack.
 */
function packBody(cards: readonly PreparedCard[]): { body: Blob | string; sizes: number[] } {
  if (cards.some((c) => 'source' in c)) {
    if (!storesBlobs()) throw new Error('file slices need Blob pack bodies');
    const parts: BlobPart[] = [];
    let run: { blob: Blob; start: number; end: number } | undefined;
    const close = () => {
      if (run) parts.push(run.blob.slice(run.start, run.end));
      run = undefined;
    };
    const sizes = cards.map((c, i) => {
      if ('source' in c) {
        const { blob, start, size, commaBefore } = c.source;
        if (run && run.blob === blob && commaBefore && run.end + 1 === start) run.end = start + size;
        else {
          close();
          if (i) parts.push(',');
          run = { blob, start, end: start + size };
        }
        return size;
      }
      close();
      if (i) parts.push(',');
      parts.push(c.json);
      return utf8Length(c.json);
    });
    close();
    return { body: parts.length === 1 && parts[0] instanceof Blob ? parts[0] : new Blob(parts), sizes };
  }
  const jsons = cards.map((c) => ('json' in c ? c.json : ''));
  return storesBlobs() ? encodeBody(jsons) : { body: jsons.join(','), sizes: jsons.map((j) => j.length) };
}

/** One pack's content from prepared cards, in order (one Blob for all of them). */
export function makePack(cards: readonly PreparedCard[]): PackContent {
  const checked = commonStamp(cards.map((c) => c.checked));
  const { body, sizes } = packBody(cards);
  return {
    ids: cards.map((c) => c.summary.id),
    keys: cards.map((c) => packKey(c.summary.url, c.summary.textHash)),
    summaryJson: JSON.stringify(cards.map((c) => c.summary)),
    sizes,
    body,
    ...(checked ? { checked } : {}),
  };
}

/** Prepared cards, in order, as packs of `size`. */
export function makePacks(cards: readonly PreparedCard[], size = PACK_SIZE): PackContent[] {
  const packs: PackContent[] = [];
  for (let i = 0; i < cards.length; i += size) packs.push(makePack(cards.slice(i, i + size)));
  return packs;
}

/** The summaries of a pack's cards, in body order. */
export function packSummaries(pack: Pick<PackContent, 'summaryJson'>): CardSummary[] {
  return JSON.parse(pack.summaryJson) as CardSummary[];
}

/** Where card `index` starts in the body (the cards before it, and a comma after each). */
function cardStart(pack: PackContent, index: number): number {
  let at = index;
  for (let i = 0; i < index; i++) at += pack.sizes[i]!;
  return at;
}

/** Card `index`'s JSON as a part of the body (a Blob slice reads no bytes). */
export function cardPart(pack: PackContent, index: number): Blob | string {
  const start = cardStart(pack, index);
  return pack.body.slice(start, start + pack.sizes[index]!);
}

/** The text of a body or a part of one. */
export function bodyText(body: Blob | string): Promise<string> {
  return typeof body === 'string' ? Promise.resolve(body) : body.text();
}

/** Card `index`'s JSON (one slice of the body is read). */
export function cardJson(pack: PackContent, index: number): Promise<string> {
  return bodyText(cardPart(pack, index));
}

/**
 * The pack with only the cards `keep` says yes to, or `undefined` if none is
 * left. The body is rebuilt from slices of the old one (runs of kept cards),
 * so nothing is read; the kept bytes are unchanged, so the stamp stays.
 */
export function keepCards(pack: PackContent, keep: (index: number) => boolean): PackContent | undefined {
  const kept = pack.ids.map((_, i) => keep(i));
  if (kept.every(Boolean)) return pack;
  if (!kept.some(Boolean)) return undefined;
  const parts: Array<Blob | string> = [];
  let start = 0;
  let runStart = -1;
  pack.sizes.forEach((size, i) => {
    if (kept[i] && runStart < 0) runStart = start;
    if (!kept[i] && runStart >= 0) {
      parts.push(pack.body.slice(runStart, start - 1)); // without the comma after the run
      runStart = -1;
    }
    start += size + 1;
  });
  if (runStart >= 0) parts.push(pack.body.slice(runStart, start - 1));
  const body = makeBody(parts.flatMap((p, i) => (i ? [',', p] : [p])), typeof pack.body !== 'string');
  const pick = <T>(xs: readonly T[]) => xs.filter((_, i) => kept[i]);
  return {
    ids: pick(pack.ids),
    keys: pick(pack.keys),
    summaryJson: JSON.stringify(pick(packSummaries(pack))),
    sizes: pick(pack.sizes),
    body,
    ...(pack.checked ? { checked: pack.checked } : {}),
  };
}

/** Two packs' cards as one pack, `a`'s first (bodies joined by reference), or `undefined` if one body is a Blob and the other not. */
export function joinPacks(a: PackContent, b: PackContent): PackContent | undefined {
  if (typeof a.body !== typeof b.body) return undefined;
  const checked = commonStamp([a.checked, b.checked]);
  return {
    ids: [...a.ids, ...b.ids],
    keys: [...a.keys, ...b.keys],
    summaryJson: JSON.stringify([...packSummaries(a), ...packSummaries(b)]),
    sizes: [...a.sizes, ...b.sizes],
    body: makeBody([a.body, ',', b.body], typeof a.body !== 'string'),
    ...(checked ? { checked } : {}),
  };
}

/** Every card of a pack, parsed, in body order (one read of the body). */
export async function readPackCards(pack: PackContent): Promise<Card[]> {
  return JSON.parse(`[${await bodyText(pack.body)}]`) as Card[];
}
