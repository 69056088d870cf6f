import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupFindings } from '@/components/card/group-findings';
import { buildCompareMatrix } from '@/lib/library/compare-matrix';
import { diffVersions } from '@/lib/library/history-diff';
import { findingLabel as topicLabel } from '@/lib/library/labels';
import { polarityOf } from '@/lib/library/polarity';
import { describeFinding, displayTone } from '@/lib/present/finding-labels';
import { formatDuration, formatFindingValue, formatIsoDate } from '@/lib/present/format-value';
import { GENERATED_KEY, renderMessagesFile, taxonomyMessages, type LocaleMessage } from '@/lib/present/taxonomy-messages';
import { sectionTitle } from '@/lib/present/taxonomy-text';
import {
  CORE_SECTIONS,
  SECTION_ORDER,
  TAXONOMY,
  compareOrderOf,
  isTaxonomyId,
  sectionEntry,
  sectionSchema,
  taxonomyEntry,
  type Section,
} from '@/lib/schema';
import { finding, makeCard } from '../library/make-card';

/** Every section/id pair the schema accepts, with its row. */
const ROWS = (Object.keys(TAXONOMY) as Section[]).flatMap((section) =>
  (TAXONOMY[section] as readonly string[]).map((id) => ({ section, id, entry: taxonomyEntry(section, id)! })),
);
const name = (r: { section: string; id: string }) => `${r.section}/${r.id}`;

const MESSAGES_FILE = resolve(__dirname, '../../../public/_locales/en/messages.json');

describe('the taxonomy is one table', () => {
  test('every taxonomy id the schema accepts has a complete row', () => {
    expect(new Set(ROWS.map(name)).size).toBe(ROWS.length);
    for (const { section, id, entry } of ROWS) {
      expect(entry, `${section}/${id}`).toBeDefined();
      expect(isTaxonomyId(section, id)).toBe(true);
      for (const part of ['topic', 'yes', 'no'] as const) expect(entry[part].trim(), `${section}/${id} ${part}`).not.toBe('');
      expect(entry.yes, `${section}/${id}`).not.toBe(entry.no);
      expect(['risk', 'benefit', 'data', 'info']).toContain(entry.tone);
    }
    expect(isTaxonomyId('sharing', 'toString')).toBe(false);
    expect(isTaxonomyId('sharing', 'not_an_id')).toBe(false);
  });

  test('every section appears in the order exactly once, and the core four lead', () => {
    expect([...SECTION_ORDER].sort()).toEqual([...sectionSchema.options].sort());
    expect(new Set(SECTION_ORDER).size).toBe(SECTION_ORDER.length);
    expect(SECTION_ORDER.slice(0, CORE_SECTIONS.length)).toEqual([...CORE_SECTIONS]);
    for (const section of SECTION_ORDER) expect(sectionEntry(section).title.trim()).not.toBe('');
  });

  test('every view orders sections and ids by the table', () => {
    // One finding per row, listed backwards, so only the table can put them back in order.
    const all = [...ROWS].reverse().map(({ section, id }) => finding(section, id));
    const card = makeCard('All', all);
    expect(groupFindings(card.findings).map((g) => g.section)).toEqual([...SECTION_ORDER]);
    expect(groupFindings(card.findings).flatMap((g) => g.findings.map(name))).toEqual(ROWS.map(name));
    const matrix = buildCompareMatrix([card, makeCard('None', [])]);
    expect(matrix.sections.flatMap((s) => s.rows.map(name))).toEqual(ROWS.map(name));
    expect(diffVersions({ findings: [] }, card).changes.map(name)).toEqual(ROWS.map(name));
  });

  test('labels, tone and compare order of every row are read from the row', () => {
    const TONE_COLOURS = {
      risk: { yes: 'caution', no: 'good' },
      benefit: { yes: 'good', no: 'caution' },
      data: { yes: 'neutral', no: 'good' },
      info: { yes: 'neutral', no: 'neutral' },
    } as const;
    const POLARITY = { risk: 'risky', benefit: 'protective', data: 'data', info: 'neutral' } as const;
    for (const { section, id, entry } of ROWS) {
      const at = `${section}/${id}`;
      expect(describeFinding({ section, id, status: 'yes' }).label, at).toBe(entry.yes);
      expect(describeFinding({ section, id, status: 'no' }).label, at).toBe(entry.no);
      expect(topicLabel(section, id), at).toBe(entry.topic);
      expect(displayTone({ section, id, status: 'yes' }), at).toBe(TONE_COLOURS[entry.tone].yes);
      expect(displayTone({ section, id, status: 'no' }), at).toBe(TONE_COLOURS[entry.tone].no);
      const order = compareOrderOf(entry);
      expect(polarityOf(section, id), at).toBe(order === 'status' ? POLARITY[entry.tone] : order);
    }
    for (const section of SECTION_ORDER) expect(sectionTitle(section)).toBe(sectionEntry(section).title);
  });

  test('a denial with a condition reads the row’s own sentence, or the denial with the exception', () => {
    let own = 0;
    for (const { section, id, entry } of ROWS) {
      const consent = describeFinding({ section, id, status: 'no', condition: 'consent' }).label;
      const law = describeFinding({ section, id, status: 'no', condition: 'law' }).label;
      expect(consent).toBe(entry.noConsent ?? `${entry.no} unless you agree`);
      expect(law).toBe(entry.noLaw ?? `${entry.no} unless the law requires it`);
      if (entry.noConsent) own++;
    }
    expect(own).toBeGreaterThan(0);
  });

  test('values are written by the row’s value kind, inside the sentence where the row has one', () => {
    const SAMPLE = { duration: 'P30D', date: '2024-03-05', age: '16', contact: 'privacy@example.com', places: 'United States' } as const;
    const kinds = new Set<string>();
    for (const { section, id, entry } of ROWS) {
      if (!entry.value) continue;
      kinds.add(entry.value);
      const value = SAMPLE[entry.value];
      const shown = formatFindingValue({ section, id, value })!;
      const expected = { duration: formatDuration(value), date: formatIsoDate(value), age: 'Age 16', contact: value, places: value }[entry.value];
      expect(shown, `${section}/${id}`).toBe(expected);
      const label = describeFinding({ section, id, status: 'yes', value }).label;
      if (entry.yesValue) expect(label).toBe(entry.yesValue.replace('$1', entry.value === 'age' ? value : shown));
      else expect(label).toBe(entry.yes);
    }
    expect([...kinds].sort()).toEqual(Object.keys(SAMPLE).sort());
  });

  test('rows that name their detail say the name', () => {
    const named = ROWS.filter((r) => r.entry.yesDetail);
    expect(named.length).toBeGreaterThan(0);
    for (const { section, id, entry } of named) {
      expect(describeFinding({ section, id, status: 'yes', detail: 'Stripe' }).label).toBe(entry.yesDetail!.replace('$1', 'Stripe'));
      expect(describeFinding({ section, id, status: 'no', detail: 'Stripe' }).label).toBe(entry.noDetail!.replace('$1', 'Stripe'));
    }
  });
});

describe('messages.json holds the table’s wordings', () => {
  const current = JSON.parse(readFileSync(MESSAGES_FILE, 'utf8')) as Record<string, LocaleMessage>;

  test('public/_locales/en/messages.json is up to date with the table (run `npm run messages`)', () => {
    expect(readFileSync(MESSAGES_FILE, 'utf8')).toBe(renderMessagesFile(current));
  });

  test('the stale check fails when a row’s English changes', () => {
    const edited = structuredClone(current);
    const key = Object.keys(edited).find((k) => GENERATED_KEY.test(k))!;
    edited[key]!.message += ' (edited by hand)';
    expect(renderMessagesFile(edited)).not.toBe(`${JSON.stringify(edited, null, 2)}\n`);
  });

  test('every row’s wordings have a message, each key one Chrome accepts, none shared', () => {
    const generated = taxonomyMessages();
    const expected = ROWS.reduce(
      (n, { entry }) => n + (['topic', 'yes', 'no', 'yesValue', 'yesDetail', 'noDetail', 'noConsent', 'noLaw'] as const).filter((p) => entry[p] !== undefined).length,
      SECTION_ORDER.length,
    );
    expect(Object.keys(generated)).toHaveLength(expected);
    for (const key of Object.keys(current)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    // Chrome reads message names case-insensitively: two keys that differ only in case would collide.
    const lower = Object.keys(current).map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    for (const [key, value] of Object.entries(current)) expect(value.description, key).toBeTruthy();
  });
});
