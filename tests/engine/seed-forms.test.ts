import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../lib/engine';
import { CORE_SECTIONS, type Card } from '../../lib/schema';
import { pageFromHtml, pageFromText } from '../../lib/cli/read-input';
import { seedAsWebPage } from '../support/seed-page';

/**
 * The seeds must come out the same whether the person analyses the plain
 * text or the policy as a web page (headings, lists, site chrome around it):
 * the page goes through the same Readability extraction the extension runs.
 */
const SEEDS = join(__dirname, '../../../shared/seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
const AT = '2025-01-01T00:00:00.000Z';

/** Core findings as comparable keys: what a person reads on the card. */
function coreKeys(card: Card): Set<string> {
  return new Set(card.findings.filter((f) => CORE_SECTIONS.includes(f.section)).map((f) => `${f.section}/${f.id}:${f.status}${f.value ? `=${f.value}` : ''}`));
}

describe.skipIf(seedFiles.length === 0)('seeds as plain text and as a web page', () => {
  test.each(seedFiles)('%s: the web page gives the same core findings as the text', (file) => {
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const fromText = summarize(pageFromText(text, `file:///seeds/${file}`), { analyzedAt: AT });
    const html = seedAsWebPage(text, fromText.service.name);
    const page = pageFromHtml(html, `https://${fromText.service.domain || 'example.com'}/privacy`);
    const fromPage = summarize(page, { analyzedAt: AT });
    // the chrome around the article is not part of the policy
    expect(page.text).not.toMatch(/All rights reserved/);
    expect(page.text).not.toMatch(/\bPricing\b/);
    const a = coreKeys(fromText);
    const b = coreKeys(fromPage);
    expect(a.size).toBeGreaterThan(15);
    expect([...a].filter((k) => !b.has(k))).toEqual([]);
    expect([...b].filter((k) => !a.has(k))).toEqual([]);
  });
});
