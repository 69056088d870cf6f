import type { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema, type Card, type ExportDocument } from '../schema';
import type { CheckResult, RunChecker, StoredRun } from './card-check';
import { errorMessage } from '../errors/error-message';
import { findDuplicateKey } from './card-meaning';
import { checkCards, duplicateKeyMessage, mergeChecks } from './card-check';

/**
 * Files above this are refused before reading: a 10,000-card library exports
 * to roughly 100 MB, and a string much larger than this risks the tab.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** `policy-lens-YYYY-MM-DD.json`, dated in the user's own time zone. */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `policy-lens-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** `cards[3].findings[0].status`: a zod issue path written the way people read JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One readable sentence for a first problem, plus how many more there are (`total` counts the first). */
export function describeProblem(first: { path: readonly PropertyKey[]; message: string } | undefined, total: number): string {
  if (!first) return 'The file does not match the export format.';
  const where = formatIssuePath(first.path);
  const head = where ? `${where}: ${first.message}` : first.message;
  const rest = total - 1;
  return rest > 0 ? `${head} (and ${rest} more ${rest === 1 ? 'problem' : 'problems'})` : head;
}

/** One readable sentence for the first problem zod found, plus how many more there are. */
export function describeIssues(error: z.ZodError): string {
  return describeProblem(error.issues[0], error.issues.length);
}

/**
 * Builds the export document and validates it with the same schema import
 * uses, so the app never writes a file it would refuse to read back.
 */
export function buildExportDocument(cards: readonly Card[], now: Date = new Date()): ExportDocument {
  const candidate = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), cards };
  const parsed = exportDocumentSchema.safeParse(candidate);
  if (!parsed.success) throw new Error(`Cannot export: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The export document around its cards, validated with the export schema (its cards are checked one by one). */
function exportHead(now: Date): string {
  const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), cards: [] };
  const parsed = exportDocumentSchema.safeParse(head);
  if (!parsed.success) throw new Error(`Cannot export: ${describeIssues(parsed.error)}`);
  const text = JSON.stringify(parsed.data);
  return text.slice(0, text.length - 2); // without the closing `]}`
}

/**
 * The export file from stored runs of cards (`exportRuns`), without reading
 * or building any string of them: runs stamped with today's card schema were
 * validated when written; every other run is validated now by `check` (in
 * workers on the library page), and any problem refuses the file, named by
 * its place in it. So the app never writes a file it would refuse to read
 * back. Same bytes as `JSON.stringify(buildExportDocument(cards))`.
 */
export async function buildExportBlob(
  runs: ReadonlyArray<{ body: Blob | string; count: number; checked: boolean }>,
  check: RunChecker,
  now: Date = new Date(),
): Promise<Blob> {
  const head = exportHead(now);
  const unchecked: StoredRun[] = [];
  let at = 0;
  for (const run of runs) {
    if (!run.checked && run.count > 0) unchecked.push({ body: run.body, offset: at });
    at += run.count;
  }
  const result = unchecked.length ? await check(unchecked) : { problems: 0 };
  if (result.problems) throw new Error(`Cannot export: ${describeProblem(result.first, result.problems)}`);
  const parts: BlobPart[] = [head];
  for (const run of runs) {
    if (run.count === 0) continue;
    if (parts.length > 1) parts.push(',');
    parts.push(run.body);
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

/**
 * A step that turns an export of version `n` into version `n + 1`, keyed by
 * `n`. Version 1 is current, so there are none yet; when version 2 changes
 * the format, add `1: (doc) => …` here and older files keep importing.
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type ParseResult = { ok: true; document: ExportDocument } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a parsed document of any known version up to the current one, or
 * says why it cannot. Runs before schema validation, so migrations see the
 * old shape and validation sees only the current one.
 */
export function migrate(
  document: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = EXPORT_VERSION,
): { ok: true; document: Record<string, unknown> } | { ok: false; error: string } {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: expected a whole number from 1 to ${current}, got ${JSON.stringify(version) ?? 'nothing'}` };
  }
  if (version > current) {
    return {
      ok: false,
      error: `This file was exported by a newer Policy Lens (format version ${version}); this one reads versions up to ${current}. Update the extension to import it.`,
    };
  }
  let doc = document;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, error: `No way to read format version ${v}: the migration to ${v + 1} is missing.` };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, document: doc };
}

/**
 * The checks every reading of an export starts with: not empty, JSON, our
 * format, a known version, migrated to the current one. Never throws.
 */
function readEnvelope(
  text: string,
  migrations: Readonly<Record<number, Migration>>,
  current: number,
): ReturnType<typeof migrate> {
  if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${errorMessage(e)}).` };
  }
  // JSON.parse keeps the last of two equal keys without a word: refuse the file instead, naming where.
  const twice = findDuplicateKey(text);
  if (twice) return { ok: false, error: `${formatIssuePath(twice.path)}: ${duplicateKeyMessage(twice.key)}` };
  return envelopeOf(raw, migrations, current);
}

/** The envelope checks after parsing: our format, a known version, migrated. */
function envelopeOf(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>>,
  current: number,
): ReturnType<typeof migrate> {
  if (!isRecord(raw)) {
    return { ok: false, error: `This is not a Policy Lens export: expected a JSON object with "format": "${EXPORT_FORMAT}".` };
  }
  if (raw.format !== EXPORT_FORMAT) {
    const found = raw.format === undefined ? 'no "format" field' : `format ${JSON.stringify(raw.format)}`;
    return { ok: false, error: `This is not a Policy Lens export: ${found}, expected "${EXPORT_FORMAT}".` };
  }
  return migrate(raw, migrations, current);
}

/** The document's fields but its cards are valid, or why not; then the cards, still unchecked. */
export type HeadResult =
  | { ok: true; cards: unknown[]; head: CheckResult }
  | { ok: false; error: string };

/**
 * The cheap part of reading an export: not empty, JSON, our format, a known
 * version (migrated to the current one), and every field but the cards
 * checked with the export schema. The cards are left for `CardChecker`.
 */
export function parseExportHead(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = EXPORT_VERSION,
): HeadResult {
  return headOf(readEnvelope(text, migrations, current));
}

/** `parseExportHead` for a document already parsed (e.g. the first part of a split file). */
export function parseExportHeadOf(raw: unknown): HeadResult {
  return headOf(envelopeOf(raw, MIGRATIONS, EXPORT_VERSION));
}

function headOf(migrated: ReturnType<typeof migrate>): HeadResult {
  if (!migrated.ok) return migrated;
  const doc = migrated.document;
  const cards = Array.isArray(doc.cards) ? (doc.cards as unknown[]) : undefined;
  const parsed = exportDocumentSchema.safeParse(cards ? { ...doc, cards: [] } : doc);
  if (!cards) return { ok: false, error: describeIssues(parsed.error!) };
  const head: CheckResult = parsed.success
    ? { problems: 0 }
    : { problems: parsed.error.issues.length, first: { path: parsed.error.issues[0]!.path.map(String), message: parsed.error.issues[0]!.message } };
  return { ok: true, cards, head };
}

/**
 * Reads an export file's text: not empty, JSON, our format, a known version
 * (migrated to the current one), then the full schema. Never throws; every
 * refusal is one sentence saying what is wrong and where.
 */
export function parseExportText(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = EXPORT_VERSION,
): ParseResult {
  const migrated = readEnvelope(text, migrations, current);
  if (!migrated.ok) return migrated;
  const head = headOf(migrated);
  if (!head.ok) return head;
  // The cards as every import path checks them (shape, then meaning, card by card), so all paths say the same.
  const all = mergeChecks([head.head, checkCards({ items: head.cards, offset: 0, fromJson: false, prepare: false })]);
  if (all.problems) return { ok: false, error: describeProblem(all.first, all.problems) };
  const parsed = exportDocumentSchema.safeParse(migrated.document);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  return { ok: true, document: parsed.data };
}
