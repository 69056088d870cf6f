import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { t } from '@/lib/present/i18n';

/**
 * Every string the popup and the library page show goes through `t()`
 * (browser.i18n): this fails on English written into a component or into
 * the label code they show (finding labels, key facts, compare matrix,
 * library list helpers), as JSX text or as a string literal of two or more
 * words. Console messages, thrown errors, class names and other attributes
 * people never see are allowed.
 */
const DIRS = ['components/card', 'components/common', 'components/library', 'lib/present', 'lib/library'];
/**
 * Files of those folders that hold no visible text by design: the generator
 * and its message descriptions (for translators, not people using the
 * extension), and i18n.ts itself.
 */
const NOT_SHOWN = new Set(['lib/present/generate-messages.ts', 'lib/present/taxonomy-messages.ts', 'lib/present/i18n.ts']);
const WORDS = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;
const ALLOWED_ATTRIBUTES = new Set(['className', 'key', 'id', 'type', 'role', 'href', 'rel', 'target', 'viewBox', 'd', 'accept', 'data-testid']);

/** Literal English in one source text (TSX or TS). */
function literalsInSource(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && /^console\./.test(node.expression.getText(source))) return;
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isJSDoc(node)) return;
    if (ts.isJsxAttribute(node) && ALLOWED_ATTRIBUTES.has(node.name.getText(source))) return;
    if (ts.isJsxText(node) && /[A-Za-z]{2,}/.test(node.text)) found.push(node.text.trim());
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && WORDS.test(node.text)) found.push(node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (WORDS.test(parts)) found.push(parts);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function literalsIn(file: string): string[] {
  return literalsInSource(file, readFileSync(resolve(file), 'utf8')).map((s) => `${file}: ${s}`);
}

const files = DIRS.flatMap((dir) =>
  readdirSync(resolve(dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f))
    .filter((f) => !NOT_SHOWN.has(f)),
);

describe('visible strings come from the locale file', () => {
  test.each([
    ['JSX text', 'export const A = () => <p>Hello there</p>;', ['Hello there']],
    ['a one-word JSX text', 'export const A = () => <button>Delete</button>;', ['Delete']],
    ['an attribute people hear', 'export const A = () => <p title="Open it" aria-label="Close it" />;', ['Open it', 'Close it']],
    ['a string constant', "export const b = 'Two words';", ['Two words']],
    ['a template with words', 'export const c = (n: number) => `Deleted ${n} cards, ${n} left`;', ['Deleted   cards,   left']],
    ['a label table', "export const L = { sale: 'Sells your data' };", ['Sells your data']],
  ])('the checker finds %s', (_what, sample, expected) => {
    expect(literalsInSource('probe.tsx', sample)).toEqual(expected);
  });

  test.each([
    ['class names', 'export const A = () => <p className="cell tone-bad" />;'],
    ['console messages', "console.warn('library: delete failed');"],
    ['thrown errors', "throw new Error('not a card');"],
    ['t() calls', "export const A = () => <p>{t('keyFacts')}</p>;"],
    ['keys built from ids', 'export const k = (s: string) => `${s}/${s}`;'],
  ])('the checker lets %s pass', (_what, sample) => {
    expect(literalsInSource('probe.tsx', sample)).toEqual([]);
  });

  test('the library page and the label tables are checked', () => {
    for (const f of ['components/library/compare-view.tsx', 'components/library/library-list.tsx', 'components/library/card-detail.tsx', 'lib/present/finding-labels.ts', 'lib/library/labels.ts', 'lib/present/key-facts.ts']) {
      expect(files).toContain(f);
    }
  });

  test.each(files)('%s renders no literal English', (file) => {
    expect(literalsIn(file)).toEqual([]);
  });

  test('every message has a description and t() fills its placeholders', () => {
    for (const [key, value] of Object.entries(messages)) expect(value.description, key).toBeTruthy();
    expect(t('otherLanguage', 'German')).toBe('This policy is in German, and Policy Lens reads only English policies, so nothing was saved.');
    expect(t('dateDayMonthYear', 5, 'March', 2024)).toBe('March 5, 2024');
  });
});
